/** Vietnamese messages of the Decree 30 text rules. */
export const nd30Vi = {
  "nd30.number.format": "Số, ký hiệu phải có dạng «Số: 05/BNV-VP» (văn bản có tên loại: «Số: 15/QĐ-BNV»).",
  "nd30.number.colon": "Sau từ «Số» phải có dấu hai chấm: «{{expected}}».",
  "nd30.number.leading-zero":
    "Viết số «{{expected}}», không viết «{{found}}»: chỉ số nhỏ hơn 10 mới thêm số 0 phía trước.",
  "nd30.number.spacing":
    "Giữa số và ký hiệu có dấu «/», giữa các nhóm chữ viết tắt có dấu «-», không cách chữ: «{{expected}}».",
  "nd30.number.symbol-parts":
    "Ký hiệu «{{symbol}}» thiếu nhóm chữ: văn bản có tên loại ghi «tên loại-cơ quan» («QĐ-BNV»), công văn ghi «cơ quan-đơn vị soạn thảo» («BNV-VP»).",
  "nd30.number.unknown-type":
    "«{{found}}» không phải chữ viết tắt tên loại văn bản theo Phụ lục III Nghị định 30/2020/NĐ-CP.",
  "nd30.number.type-mismatch": "Ký hiệu bắt đầu bằng «{{found}}» nhưng loại văn bản này viết tắt là «{{expected}}».",
  "nd30.date-line.format": "Địa danh và thời gian phải có dạng «Hà Nội, ngày 05 tháng 01 năm 2020».",
  "nd30.date-line.comma": "Sau địa danh phải có dấu phẩy: «{{expected}}».",
  "nd30.date-line.place-case": "Các chữ cái đầu của địa danh phải viết hoa: «{{expected}}», không viết «{{found}}».",
  "nd30.date-line.impossible": "Ngày {{day}} tháng {{month}} năm {{year}} không có trên lịch.",
  "nd30.date-line.leading-zero":
    "Viết «{{expected}}», không viết «{{found}}»: chỉ ngày nhỏ hơn 10 và tháng 1, 2 mới thêm số 0 phía trước.",
  "nd30.recipients.empty": "Danh sách nơi nhận không có nơi nhận nào.",
  "nd30.recipients.dash": "Dòng {{line}}: mỗi nơi nhận trình bày trên một dòng riêng, đầu dòng có gạch đầu dòng «- ».",
  "nd30.recipients.punctuation":
    "Dòng {{line}}: cuối dòng phải là «{{expected}}» (các dòng kết thúc bằng «;», dòng cuối cùng bằng «.»).",
  "nd30.noi-nhan.nhu-tren": "Văn bản có «Kính gửi» thì dòng đầu tiên của «Nơi nhận» là «- Như trên;».",
  "nd30.noi-nhan.luu-last": "Dòng cuối cùng của «Nơi nhận» phải là «- Lưu: VT, …» (chữ viết tắt đơn vị soạn thảo).",
  "nd30.noi-nhan.luu-format":
    "Dòng lưu phải có dạng «- Lưu: VT, tên viết tắt đơn vị soạn thảo.», ví dụ «- Lưu: VT, GDTX.»; đang ghi «{{found}}».",
} as const;
