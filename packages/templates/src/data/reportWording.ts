/** The fixed wording of a province's báo cáo sent to a superior, as printed. */
export const reportWording = {
  /** The first «Nơi nhận» line when the report has a «Kính gửi»: those named there. */
  asAbove: "Như trên",
  /** «Thực hiện Công văn số … về việc …, Sở Giáo dục và Đào tạo báo cáo kết quả … như sau:». */
  lead: (source: string, directiveSubject: string, issuerName: string | undefined, reportSubject: string) =>
    `Thực hiện ${source} về việc ${directiveSubject}, ${issuerName === undefined ? "" : `${issuerName} `}báo cáo ${reportSubject} như sau:`,
} as const;
