import type { ProvincialPlan, ProvincialPlanInput } from "../entities/provincialPlan/ProvincialPlan.ts";

/**
 * A SAMPLE plan, invented for examples and tests: what a province's plan for the 2020 Week looks like
 * (Nam Định, code 36 before 01/07/2025). No real plan is reproduced; names and amounts are illustrative.
 */
const data = {
  schemaVersion: 1,
  year: 2020,
  province: "36",
  parentBody: "UBND TỈNH NAM ĐỊNH",
  issuer: "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
  number: 12,
  symbol: "KH-SGDĐT",
  place: "Nam Định",
  date: "2020-09-22",
  subject: "Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020",
  legalBases: [
    "Căn cứ Công văn số 3589/BGDĐT-GDTX ngày 15/9/2020 của Bộ Giáo dục và Đào tạo về việc tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020",
  ],
  activities: [
    {
      code: "communication.media",
      start: "2020-10-01",
      end: "2020-10-07",
      places: ["Báo Nam Định", "Đài Phát thanh và Truyền hình tỉnh", "Cổng thông tin điện tử của Sở"],
      responsible: ["Văn phòng Sở"],
      audiences: ["residents"],
    },
    {
      code: "communication.banners",
      start: "2020-09-28",
      end: "2020-10-07",
      yearRound: true,
      places: ["Các cơ sở giáo dục", "Trụ sở cơ quan"],
      responsible: ["Các cơ sở giáo dục"],
      audiences: ["residents", "students"],
    },
    {
      code: "opening-ceremony",
      start: "2020-10-01",
      end: "2020-10-01",
      places: ["Trung tâm Giáo dục thường xuyên tỉnh"],
      responsible: ["Phòng Giáo dục thường xuyên", "Hội Khuyến học tỉnh"],
      audiences: ["leaders", "teachers", "students", "media"],
    },
    {
      code: "internet-skills.training",
      start: "2020-10-02",
      end: "2020-10-06",
      places: ["Các trung tâm học tập cộng đồng"],
      responsible: ["Phòng Giáo dục thường xuyên"],
      audiences: ["students", "parents", "workers"],
    },
    {
      code: "reading.class-bookshelves",
      start: "2020-10-01",
      end: "2021-05-31",
      yearRound: true,
      places: ["Các trường tiểu học, trung học cơ sở"],
      responsible: ["Các phòng giáo dục và đào tạo"],
      audiences: ["students"],
    },
  ],
  budget: [
    { item: "Băng rôn, khẩu hiệu", amount: 6_000_000, source: "state-budget" },
    { item: "Tổ chức Lễ khai mạc", amount: 25_000_000, source: "state-budget" },
    { item: "Tập huấn kỹ năng sử dụng Internet", amount: 14_500_000, source: "socialisation" },
  ],
  budgetTotal: 45_500_000,
  constraints: ["Tuân thủ các quy định phòng, chống dịch COVID-19"],
  signature: { authority: [{ kind: "KT", title: "GIÁM ĐỐC" }], title: "PHÓ GIÁM ĐỐC", name: "Nguyễn Văn A" },
  copies: ["Bộ GDĐT (để b/c)", "UBND tỉnh (để b/c)", "Các phòng GDĐT", "Lưu: VT, GDTX"],
} as const satisfies ProvincialPlanInput;

/**
 * A sample plan for the 2020 Week (invented, clearly marked as sample): see the file's header.
 *
 * @example
 * ```ts
 * samplePlan2020.province; // "36"
 * samplePlan2020.budgetTotal; // 45500000
 * validatePlan(samplePlan2020).ok; // true
 * ```
 */
export const samplePlan2020 = data as unknown as ProvincialPlan;
