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
} as const;
