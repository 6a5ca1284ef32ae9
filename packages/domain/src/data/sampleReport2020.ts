import type { ProvincialReport, ProvincialReportInput } from "../entities/provincialReport/ProvincialReport.ts";

/**
 * A SAMPLE report, invented for examples and tests: what a province's report of the 2020 Week's results looks
 * like (Nam Định, code 36 before 01/07/2025). Figures are illustrative, not real results.
 */
const data = {
  schemaVersion: 1,
  year: 2020,
  province: "36",
  parentBody: "UBND TỈNH NAM ĐỊNH",
  issuer: "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
  issuerName: "Sở Giáo dục và Đào tạo",
  number: 215,
  symbol: "BC-SGDĐT",
  place: "Nam Định",
  date: "2020-10-26",
  recipients: ["Bộ Giáo dục và Đào tạo"],
  subject: "Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020",
  submittedAt: "2020-10-27T09:15:00+07:00",
  activities: [
    { code: "communication.media", measures: { articles: 48, "social-posts": 320 } },
    { code: "communication.banners", measures: { banners: 1250 } },
    { code: "opening-ceremony", measures: { participants: 450 } },
    { code: "internet-skills.training", measures: { classes: 36, learners: 2140 } },
    { code: "reading.class-bookshelves", measures: { bookshelves: 3400, books: 96_000 } },
  ],
  examples: 27,
  commendations: { collectives: 12, individuals: 35 },
  budgetSpent: 44_800_000,
  difficulties: ["Một số hoạt động tập trung phải chuyển sang hình thức trực tuyến do dịch COVID-19"],
  proposals: ["Đề nghị Bộ GDĐT tiếp tục tổ chức tập huấn kỹ năng số cho cán bộ trung tâm học tập cộng đồng"],
  signature: { authority: [{ kind: "KT", title: "GIÁM ĐỐC" }], title: "PHÓ GIÁM ĐỐC", name: "Nguyễn Văn A" },
  copies: ["Như trên", "Vụ GDTX, Bộ GDĐT", "UBND tỉnh (để b/c)", "Lưu: VT, GDTX"],
} as const satisfies ProvincialReportInput;

/**
 * A sample report of the 2020 Week's results (invented, clearly marked as sample): see the file's header.
 *
 * @example
 * ```ts
 * sampleReport2020.activities[0]; // { code: "communication.media", measures: { articles: 48, "social-posts": 320 } }
 * validateReport(sampleReport2020, { directive: directive2020 }).issues; // []
 * ```
 */
export const sampleReport2020 = data as unknown as ProvincialReport;
