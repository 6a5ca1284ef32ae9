import type { ProvincialReport, ProvincialReportInput } from "../entities/provincialReport/ProvincialReport.ts";

/**
 * A SAMPLE report, invented for examples and tests: what a province's report of the 2025 Week's results looks like
 * after the reform of 01/07/2025 (Ninh Bình, code 37), counting 2025's digital activities by the catalogue's
 * measures. Figures are illustrative, not real results.
 */
const data = {
  schemaVersion: 1,
  year: 2025,
  province: "37",
  parentBody: "UBND TỈNH NINH BÌNH",
  issuer: "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
  issuerName: "Sở Giáo dục và Đào tạo",
  number: 248,
  symbol: "BC-SGDĐT",
  place: "Ninh Bình",
  date: "2025-10-20",
  recipients: ["Bộ Giáo dục và Đào tạo"],
  subject: "Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2025",
  submittedAt: "2025-10-21T08:45:00+07:00",
  activities: [
    { code: "communication.media", measures: { articles: 72, "social-posts": 530 } },
    { code: "opening-ceremony", measures: { participants: 600 } },
    { code: "digital.expert-forums", measures: { activities: 9, participants: 2300 } },
    { code: "digital.skills-training", measures: { classes: 128, learners: 7450 } },
    { code: "digital.career-experience", measures: { activities: 18, participants: 3100 } },
  ],
  examples: 42,
  commendations: { collectives: 16, individuals: 48 },
  budgetSpent: 58_900_000,
  difficulties: ["Thiết bị số tại một số trung tâm học tập cộng đồng của các xã mới sắp xếp còn thiếu"],
  proposals: ["Đề nghị Bộ GDĐT xây dựng học liệu số dùng chung về kỹ năng số cho người dân"],
  signature: { authority: [{ kind: "KT", title: "GIÁM ĐỐC" }], title: "PHÓ GIÁM ĐỐC", name: "Trần Thị B" },
  copies: ["Như trên", "Vụ GDNN-GDTX, Bộ GDĐT", "UBND tỉnh (để b/c)", "Lưu: VT, GDNN-GDTX"],
} as const satisfies ProvincialReportInput;

/**
 * A sample report of the 2025 Week's results (invented, clearly marked as sample): see the file's header. Against
 * `directiveFor(2025)` it has no error and no warning; its only issue is the `info` `report.lateness-not-checked`,
 * because the report deadline of Công văn 5607/BGDĐT-GDNNGDTX is not public (`directiveFor(2025).facts.reportDeadline`).
 *
 * @example
 * ```ts
 * sampleReport2025.activities[3]; // { code: "digital.skills-training", measures: { classes: 128, learners: 7450 } }
 * validateReport(sampleReport2025, { directive: directiveFor(2025) }).issues.map((issue) => issue.code); // ["report.lateness-not-checked"]
 * ```
 */
export const sampleReport2025 = data as unknown as ProvincialReport;
