import type { ProvincialPlan, ProvincialPlanInput } from "../entities/provincialPlan/ProvincialPlan.ts";

/**
 * A SAMPLE plan, invented for examples and tests: what a province's plan for the 2024 Week looks like (Nam Định,
 * code 36 before 01/07/2025), under Công văn 5201/BGDĐT-GDTX of 09/09/2024 and its theme «Phát triển văn hóa đọc
 * thúc đẩy học tập suốt đời»: communication, the opening on 01/10/2024 and 2024's reading-culture activities. No
 * real plan is reproduced; names and amounts are illustrative.
 */
const data = {
  schemaVersion: 1,
  year: 2024,
  province: "36",
  parentBody: "UBND TỈNH NAM ĐỊNH",
  issuer: "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
  number: 18,
  symbol: "KH-SGDĐT",
  place: "Nam Định",
  date: "2024-09-20",
  subject: "Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2024",
  legalBases: [
    "Căn cứ Công văn số 5201/BGDĐT-GDTX ngày 09/9/2024 của Bộ Giáo dục và Đào tạo về việc tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2024",
  ],
  activities: [
    {
      code: "communication.media",
      start: "2024-10-01",
      end: "2024-10-07",
      places: ["Báo Nam Định", "Đài Phát thanh và Truyền hình tỉnh", "Cổng thông tin điện tử của Sở"],
      responsible: ["Văn phòng Sở"],
      audiences: ["residents"],
    },
    {
      code: "communication.banners",
      start: "2024-10-01",
      end: "2024-10-07",
      places: ["Các cơ sở giáo dục", "Trụ sở cơ quan"],
      responsible: ["Các cơ sở giáo dục"],
      audiences: ["residents", "students"],
    },
    {
      code: "opening-ceremony",
      start: "2024-10-01",
      end: "2024-10-01",
      places: ["Thư viện tỉnh Nam Định"],
      responsible: ["Phòng Giáo dục thường xuyên", "Hội Khuyến học tỉnh"],
      audiences: ["leaders", "teachers", "students", "media"],
    },
    {
      code: "reading.book-fairs",
      title: "Hội sách và giao lưu giữa tác giả với bạn đọc",
      start: "2024-10-02",
      end: "2024-10-04",
      places: ["Thư viện tỉnh Nam Định"],
      responsible: ["Phòng Giáo dục thường xuyên"],
      audiences: ["students", "teachers", "residents"],
    },
    {
      code: "reading.clubs",
      start: "2024-10-01",
      end: "2025-05-31",
      yearRound: true,
      places: ["Các trường tiểu học, trung học cơ sở", "Thư viện tỉnh Nam Định"],
      responsible: ["Các phòng GDĐT"],
      audiences: ["students", "teachers"],
    },
    {
      code: "reading.contests",
      title: "Cuộc thi kể chuyện theo sách",
      start: "2024-10-01",
      end: "2024-10-07",
      places: ["Các cơ sở giáo dục"],
      responsible: ["Phòng Giáo dục Tiểu học", "Các phòng GDĐT"],
      audiences: ["students"],
    },
    {
      code: "libraries.school-library-seminars",
      start: "2024-10-03",
      end: "2024-10-03",
      places: ["Trường THPT chuyên Lê Hồng Phong"],
      responsible: ["Phòng Giáo dục Trung học"],
      audiences: ["teachers", "leaders"],
    },
    {
      code: "reading.book-donations",
      start: "2024-10-01",
      end: "2024-10-07",
      places: ["Các trường tiểu học, trung học cơ sở"],
      responsible: ["Các phòng GDĐT", "Hội Khuyến học tỉnh"],
      audiences: ["students", "residents"],
    },
  ],
  budget: [
    { item: "Băng rôn, khẩu hiệu", amount: 6_500_000, source: "state-budget" },
    { item: "Tổ chức Lễ khai mạc", amount: 22_000_000, source: "state-budget" },
    { item: "Tổ chức Hội sách, giao lưu tác giả", amount: 18_000_000, source: "socialisation" },
    { item: "Giải thưởng Cuộc thi kể chuyện theo sách", amount: 9_500_000, source: "state-budget" },
  ],
  budgetTotal: 56_000_000,
  constraints: ["Các hoạt động thiết thực, tiết kiệm, gắn với nhiệm vụ năm học 2024-2025"],
  signature: { authority: [{ kind: "KT", title: "GIÁM ĐỐC" }], title: "PHÓ GIÁM ĐỐC", name: "Nguyễn Văn A" },
  copies: ["Bộ GDĐT (để b/c)", "UBND tỉnh (để b/c)", "Các phòng GDĐT", "Lưu: VT, GDTX"],
} as const satisfies ProvincialPlanInput;

/**
 * A sample plan for the 2024 Week (invented, clearly marked as sample): see the file's header. It validates
 * against `directiveFor(2024)` with no issue at all.
 *
 * @example
 * ```ts
 * samplePlan2024.province; // "36"
 * samplePlan2024.activities.map((activity) => activity.code).includes("reading.book-fairs"); // true
 * validatePlan(samplePlan2024, { directive: directiveFor(2024) }).issues; // []
 * ```
 */
export const samplePlan2024 = data as unknown as ProvincialPlan;
