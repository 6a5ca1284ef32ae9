/** The fixed wording of a province's báo cáo sent to a superior, as printed. */
export const reportWording = {
  /** «Thực hiện Công văn số … về việc …, Sở Giáo dục và Đào tạo báo cáo kết quả … như sau:». */
  lead: (source: string, directiveSubject: string, issuerName: string | undefined, reportSubject: string) =>
    `Thực hiện ${source} về việc ${directiveSubject}, ${issuerName === undefined ? "" : `${issuerName} `}báo cáo ${reportSubject} như sau:`,
  headings: {
    activities: "Kết quả tổ chức các hoạt động",
    examplesAndCommendations: "Gương điển hình và khen thưởng",
    budget: "Kinh phí",
    difficulties: "Khó khăn, vướng mắc",
    proposals: "Đề xuất, kiến nghị",
  },
  examples: (count: string) =>
    `Số tấm gương điển hình về tự học, học tập suốt đời được phát hiện, nhân rộng: ${count}.`,
  commendations: (collectives: string, individuals: string) =>
    `Khen thưởng: ${collectives} tập thể, ${individuals} cá nhân.`,
  /** «Tổng kinh phí đã sử dụng: 1.000.000 đồng (Bằng chữ: …).» */
  budgetSpent: (total: string, currency: string, inWords: string) =>
    `Tổng kinh phí đã sử dụng: ${total} ${currency} (${inWords}).`,
} as const;
