import type { ProvincialReport, ProvincialReportInput } from "../entities/provincialReport/ProvincialReport.ts";

/**
 * A SAMPLE report, invented for examples and tests: what a province's report of the 2024 Week's results looks
 * like (Nam Định, code 36 before 01/07/2025), counting 2024's reading-culture activities by the catalogue's
 * measures. Figures are illustrative, not real results.
 */
const data = {
  schemaVersion: 1,
  year: 2024,
  province: "36",
  parentBody: "UBND TỈNH NAM ĐỊNH",
  issuer: "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
  issuerName: "Sở Giáo dục và Đào tạo",
  number: 236,
  symbol: "BC-SGDĐT",
  place: "Nam Định",
  date: "2024-10-21",
  recipients: ["Bộ Giáo dục và Đào tạo"],
  subject: "Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2024",
  submittedAt: "2024-10-22T10:30:00+07:00",
  activities: [
    { code: "communication.media", measures: { articles: 56, "social-posts": 410 } },
    { code: "communication.banners", measures: { banners: 1180 } },
    { code: "opening-ceremony", measures: { participants: 520 } },
    { code: "reading.book-fairs", measures: { activities: 12, participants: 8600 } },
    { code: "reading.clubs", measures: { activities: 340, participants: 15_200 } },
    { code: "reading.contests", measures: { activities: 45, participants: 23_500 } },
    { code: "libraries.school-library-seminars", measures: { activities: 3, participants: 410 } },
    { code: "reading.book-donations", measures: { books: 42_000, bookshelves: 260 } },
  ],
  examples: 31,
  commendations: { collectives: 14, individuals: 40 },
  budgetSpent: 54_700_000,
  difficulties: ["Một số thư viện trường học còn thiếu sách và không gian đọc"],
  proposals: ["Đề nghị Bộ GDĐT tiếp tục hướng dẫn xây dựng thư viện số trong các cơ sở giáo dục"],
  signature: { authority: [{ kind: "KT", title: "GIÁM ĐỐC" }], title: "PHÓ GIÁM ĐỐC", name: "Nguyễn Văn A" },
  copies: ["Như trên", "Vụ GDTX, Bộ GDĐT", "UBND tỉnh (để b/c)", "Lưu: VT, GDTX"],
} as const satisfies ProvincialReportInput;

/**
 * A sample report of the 2024 Week's results (invented, clearly marked as sample): see the file's header. Against
 * `directiveFor(2024)` it has no error and no warning; its only issue is the `info` `report.lateness-not-checked`,
 * because the report deadline of Công văn 5201/BGDĐT-GDTX is not public (`directiveFor(2024).facts.reportDeadline`).
 *
 * @example
 * ```ts
 * sampleReport2024.activities[3]; // { code: "reading.book-fairs", measures: { activities: 12, participants: 8600 } }
 * validateReport(sampleReport2024, { directive: directiveFor(2024) }).issues.map((issue) => issue.code); // ["report.lateness-not-checked"]
 * ```
 */
export const sampleReport2024 = data as unknown as ProvincialReport;
