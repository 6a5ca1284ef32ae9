/** The fixed wording of a Decree 30 document (Phụ lục I), exactly as printed. */
export const nd30Texts = {
  nationalTitle: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  motto: "Độc lập - Tự do - Hạnh phúc",
  numberPrefix: "Số: ",
  /** What stands for the number of a draft, between «Số:» and «/»: «Số:      /KH-UBND». */
  draftNumber: "     ",
  subjectPrefix: "V/v ",
  recipientsLabel: "Kính gửi:",
  copiesLabel: "Nơi nhận:",
  listDash: "- ",
  /**
   * The labels of the address line (ô số 13), in the decree's order: «Địa chỉ cơ quan, tổ chức; thư điện tử; trang
   * thông tin điện tử; số điện thoại; số Fax».
   */
  contactLabels: {
    address: "Địa chỉ: ",
    email: "Email: ",
    website: "Website: ",
    phone: "Điện thoại: ",
    fax: "Fax: ",
  },
  /** Between the parts of the address line. */
  contactSeparator: "; ",
} as const;
