/** The fixed wording of the SDK's typed documents: type names, section titles, table headings, as printed. */
export const documentWording = {
  draftMark: "DỰ THẢO",
  /** The first «Nơi nhận» line of a document with «Kính gửi»: those named there (Phụ lục I, mục II.9.b). */
  asAbove: "Như trên",
  enactingFormula: "QUYẾT ĐỊNH:",
  appendix: "Phụ lục",
  amountInWords: "Bằng chữ: ",
  currency: "đồng",
  typeNames: {
    plan: "KẾ HOẠCH",
    report: "BÁO CÁO",
    decision: "QUYẾT ĐỊNH",
    invitation: "GIẤY MỜI",
    estimate: "DỰ TOÁN KINH PHÍ",
    submission: "TỜ TRÌNH",
  },
  /** The title of a dự toán printed as an appendix: «Dự toán kinh phí» and what it is for. */
  estimateTitle: "Dự toán kinh phí",
  /** How an appendix names the document it is attached to: «Kèm theo Quyết định số …». */
  attachedTypeNames: {
    decision: "Quyết định",
    plan: "Kế hoạch",
    submission: "Tờ trình",
  },
  columns: {
    number: "STT",
    activity: "Hoạt động",
    time: "Thời gian",
    places: "Địa điểm",
    responsible: "Đơn vị chủ trì",
    audiences: "Đối tượng",
    item: "Nội dung",
    source: "Nguồn kinh phí",
    amount: "Số tiền (đồng)",
    measure: "Chỉ số",
    result: "Kết quả",
    total: "Tổng số",
    unit: "Đơn vị tính",
    quantity: "Số lượng",
    unitPrice: "Đơn giá (đồng)",
    lineAmount: "Thành tiền (đồng)",
    name: "Họ và tên",
    position: "Chức vụ, đơn vị công tác",
    role: "Nhiệm vụ trong Ban",
    province: "Tỉnh, thành phố",
    submittedOn: "Ngày gửi",
    daysLate: "Quá hạn (ngày)",
    examples: "Gương điển hình",
    collectives: "Tập thể được khen",
    individuals: "Cá nhân được khen",
    budgetSpent: "Kinh phí (đồng)",
  },
  totalRow: "Tổng cộng",
  fundingSources: {
    "state-budget": "Ngân sách nhà nước",
    socialisation: "Xã hội hóa",
    other: "Nguồn khác",
  },
  committeeRoles: {
    head: "Trưởng ban",
    "deputy-head": "Phó Trưởng ban",
    "standing-member": "Ủy viên thường trực",
    member: "Ủy viên",
    secretary: "Thư ký",
  },
  yearRound: "cả năm học",
  /** The label of an article of a quyết định: «Điều 1.». */
  articleLabel: (number: number) => `Điều ${number}.`,
  /** The lead of a dự toán's table. */
  estimateDetails: "Chi tiết dự toán như sau:",
  /** A letter cited in running text: «Công văn số 3589/BGDĐT-GDTX ngày 15 tháng 9 năm 2020 của Bộ …». */
  citedLetter: (numberAndSymbol: string | undefined, dateInWords: string | undefined, issuerName: string) =>
    `Công văn${numberAndSymbol === undefined ? "" : ` số ${numberAndSymbol}`}${dateInWords === undefined ? "" : ` ${dateInWords}`} của ${issuerName}`,
  /** The Ministry in running text, when a directive's terms do not name whom reports go to. */
  ministry: "Bộ Giáo dục và Đào tạo",
  /** Under an appendix's title: «(Kèm theo Quyết định số 12/QĐ-UBND ngày … của …)». */
  attachedTo: (typeName: string, numberAndSymbol: string, dateInWords: string, issuerName: string | undefined) =>
    `(Kèm theo ${typeName} số ${numberAndSymbol} ${dateInWords}${issuerName === undefined ? "" : ` của ${issuerName}`})`,
  /** Unit names running text keeps capitalised (Phụ lục II): the noun is part of a person's name. */
  capitalisedUnitNames: ["Thành phố Hồ Chí Minh"],
} as const;
