import type { BudgetEstimate, BudgetEstimateInput } from "../entities/budgetEstimate/BudgetEstimate.ts";

/**
 * A SAMPLE budget estimate, invented for examples and tests: what a province's estimate for the 2020 Week looks
 * like (the lines of the sample plan, 45.500.000 đồng). Prices are illustrative, not real quotations. It is numbered
 * as a tờ trình («13/TTr-SGDĐT»): a dự toán is no Decree 30 document type and «DT» no Phụ lục III abbreviation
 * (Điều 7; Phụ lục III), so the standalone estimate is printed under the type its symbol names («TỜ TRÌNH»).
 */
const data = {
  schemaVersion: 1,
  parentBody: "UBND TỈNH NAM ĐỊNH",
  issuer: "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
  number: 13,
  symbol: "TTr-SGDĐT",
  place: "Nam Định",
  date: "2020-09-22",
  subject: "Dự toán kinh phí tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020",
  legalBases: [
    "Căn cứ Thông tư số 07/2018/TT-BTC ngày 24/01/2018 của Bộ Tài chính hướng dẫn quản lý và sử dụng kinh phí thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2012-2020”",
  ],
  lines: [
    { item: "Băng rôn, khẩu hiệu", unit: "cái", quantity: 20, unitPrice: 300_000, amount: 6_000_000 },
    {
      item: "Âm thanh, ánh sáng, sân khấu Lễ khai mạc",
      unit: "gói",
      quantity: 1,
      unitPrice: 15_000_000,
      amount: 15_000_000,
    },
    {
      item: "Khánh tiết, hoa, nước uống Lễ khai mạc",
      unit: "gói",
      quantity: 1,
      unitPrice: 10_000_000,
      amount: 10_000_000,
    },
    {
      item: "Tập huấn kỹ năng sử dụng Internet",
      unit: "lớp",
      quantity: 10,
      unitPrice: 1_450_000,
      amount: 14_500_000,
      source: "socialisation",
    },
  ],
  total: 45_500_000,
  notes: [],
  signature: { authority: [{ kind: "KT", title: "GIÁM ĐỐC" }], title: "PHÓ GIÁM ĐỐC", name: "Nguyễn Văn A" },
  copies: ["UBND tỉnh (để b/c)", "Sở Tài chính", "Lưu: VT, KHTC"],
} as const satisfies BudgetEstimateInput;

/**
 * A sample budget estimate for the 2020 Week (invented, clearly marked as sample).
 *
 * @deprecated A dự toán is not a Decree 30 document type: see `sampleSubmission2020`, a tờ trình carrying the same
 * lines as its appendix, and a plan's `budgetEstimate`.
 * @example
 * ```ts
 * sampleBudgetEstimate2020.total; // 45500000
 * validateBudgetEstimate(sampleBudgetEstimate2020).ok; // true
 * ```
 */
export const sampleBudgetEstimate2020 = data as unknown as BudgetEstimate;
