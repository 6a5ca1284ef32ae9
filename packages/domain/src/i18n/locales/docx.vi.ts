/** Vietnamese messages of the rules a .docx file is checked against. */
export const docxVi = {
  "docx.unreadable": "Không đọc được tệp: đây không phải tệp .docx hợp lệ ({{reason}}).",
  "docx.too-large":
    "{{part}} quá lớn để kiểm tra: công cụ chỉ đọc tối đa {{limit}} sau khi giải nén và {{elements}} phần tử XML mỗi tệp.",
  "docx.corrupt-part":
    "{{part}} bị hỏng (kích thước hoặc mã kiểm tra không khớp với khai báo trong tệp nén, hoặc bị cắt cụt): các kiểm tra cần phần này không được thực hiện.",
  "nd30.page.size": "Mục {{section}}: khổ giấy phải là A4 (210 × 297 mm); đang là {{width}} × {{height}} mm.",
  "nd30.page.orientation":
    "Mục {{section}}: văn bản trình bày theo chiều dài khổ A4 (trang đứng); chỉ bảng, biểu không làm thành phụ lục riêng mới được trình bày theo chiều ngang.",
  "nd30.page.landscape-table":
    "Mục {{section}} là phụ lục riêng trình bày theo chiều ngang; trang ngang chỉ dùng cho bảng, biểu không làm thành phụ lục riêng.",
  "nd30.page.margin-top": "Mục {{section}}: lề trên phải từ {{min}} đến {{max}} mm; đang là {{found}} mm.",
  "nd30.page.margin-bottom": "Mục {{section}}: lề dưới phải từ {{min}} đến {{max}} mm; đang là {{found}} mm.",
  "nd30.page.margin-left": "Mục {{section}}: lề trái phải từ {{min}} đến {{max}} mm; đang là {{found}} mm.",
  "nd30.page.margin-right": "Mục {{section}}: lề phải phải từ {{min}} đến {{max}} mm; đang là {{found}} mm.",
  "nd30.font.family":
    "Phông chữ phải là Times New Roman; có {{count}} đoạn chữ dùng phông «{{font}}» (đầu tiên: «{{excerpt}}»).",
  "nd30.page-number.first-page": "Không hiển thị số trang ở trang thứ nhất; số trang đánh từ trang 2.",
  "nd30.body.size": "Nội dung văn bản dùng cỡ chữ 13 đến 14; có {{count}} đoạn cỡ {{size}} (đầu tiên: «{{excerpt}}»).",
  "nd30.national-title.missing": "Thiếu Quốc hiệu «CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM».",
  "nd30.national-title.text": "Quốc hiệu phải viết in hoa, đúng «{{expected}}»; đang ghi «{{found}}».",
  "nd30.national-title.legacy-spelling":
    "Quốc hiệu viết «{{found}}»; Nghị định 30/2020/NĐ-CP viết «{{expected}}» (đặt dấu trên chữ «O»).",
  "nd30.motto.missing": "Thiếu Tiêu ngữ «Độc lập - Tự do - Hạnh phúc».",
  "nd30.motto.text":
    "Tiêu ngữ phải ghi «{{expected}}»: viết hoa chữ cái đầu các cụm từ, giữa các cụm từ có gạch nối (-) và cách chữ; đang ghi «{{found}}».",
  "nd30.number.missing": "Thiếu số, ký hiệu văn bản (dòng «Số: …»).",
  "nd30.date-line.missing": "Thiếu địa danh và thời gian ban hành (dòng «Hà Nội, ngày … tháng … năm …»).",
  "nd30.copies.missing": "Thiếu phần «Nơi nhận».",
  "nd30.copies.heading-style": "Từ «Nơi nhận» phải in nghiêng và đậm.",
  "nd30.copies.heading-size": "Từ «Nơi nhận» dùng cỡ chữ 12; đang là cỡ {{size}}.",
  "nd30.copies.size":
    "Tên cơ quan, tổ chức, cá nhân nhận văn bản dùng cỡ chữ 11; có {{count}} dòng cỡ {{size}} (đầu tiên: «{{excerpt}}»).",
  "nd30.page-number.missing":
    "Văn bản có {{pages}} trang nhưng không có số trang; số trang đánh từ trang 2, canh giữa trong phần lề trên.",
  "nd30.page-number.position":
    "Số trang được đặt canh giữa theo chiều ngang trong phần lề trên; trong «{{part}}» số trang không đặt như vậy (căn {{alignment}}).",
  "nd30.font.color": "Chữ phải màu đen; có {{count}} đoạn chữ màu #{{color}} (đầu tiên: «{{excerpt}}»).",
  "nd30.number.normative-format":
    "Số, ký hiệu của văn bản quy phạm pháp luật ghi «Số: 15/2010/QĐ-UBND» (số, năm ban hành, ký hiệu); đang ghi «{{found}}».",
  "nd30.contact.first-page":
    "Dòng địa chỉ, thư điện tử, điện thoại, Fax chỉ trình bày ở trang thứ nhất của văn bản; ở đây chân trang chứa nó hiện cả ở các trang sau («{{excerpt}}»).",
  "nd30.contact.size":
    "Dòng địa chỉ, thư điện tử, điện thoại, Fax dùng cỡ chữ 11 đến 12; đang là cỡ {{size}} («{{excerpt}}»).",
  "nd30.contact.style":
    "Dòng địa chỉ, thư điện tử, điện thoại, Fax trình bày kiểu chữ đứng, không nghiêng («{{excerpt}}»).",
  "nd30.digital-signature.info-position":
    "Thông tin chữ ký số của cơ quan, tổ chức trên văn bản kèm theo đặt ở góc trên, bên phải trang đầu; ở đây căn {{alignment}} («{{excerpt}}»).",
  "nd30.digital-signature.info-size":
    "Thông tin chữ ký số của cơ quan, tổ chức trên văn bản kèm theo dùng cỡ chữ 10; đang là cỡ {{size}} («{{excerpt}}»).",
  "nd30.digital-signature.info-time-zone":
    "Thời gian ký ghi theo múi giờ Việt Nam (+07:00) theo tiêu chuẩn ISO 8601; ở đây múi giờ là «{{zone}}» («{{excerpt}}»).",
  "nd30.signature.authority-chain":
    "Thẩm quyền ký ghi «{{found}}»: không phải thứ tự Nghị định cho phép (TM.; TM. rồi KT. hoặc Q.; Q.; KT.; TL.; TL. rồi KT.; TUQ.) («{{excerpt}}»).",
  "nd30.signature.authority-style":
    "Quyền hạn, chức vụ của người ký trình bày bằng chữ in hoa, kiểu chữ đứng, đậm; dòng «{{line}}» không như vậy.",
  "nd30.signature.authority-size":
    "Quyền hạn, chức vụ của người ký dùng cỡ chữ 13 đến 14; đang là cỡ {{size}} («{{excerpt}}»).",
} as const;
