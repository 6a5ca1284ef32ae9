import type { ProvincialPlan, ProvincialPlanInput } from "../entities/provincialPlan/ProvincialPlan.ts";

/**
 * A SAMPLE plan, invented for examples and tests: what a province's plan for the 2025 Week looks like after the
 * reform of 01/07/2025 (Ninh Bình, code 37, which then took in Hà Nam and Nam Định), under Công văn
 * 5607/BGDĐT-GDNNGDTX (its date is not public, so the căn cứ gives none) and 2025's digital activities. Local
 * government has two tiers from 01/07/2025: the plan gives work to the communes' and wards' People's Committees, and
 * names no district body. No real plan is reproduced; names and amounts are illustrative.
 */
const data = {
  schemaVersion: 1,
  year: 2025,
  province: "37",
  parentBody: "UBND TỈNH NINH BÌNH",
  issuer: "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
  number: 25,
  symbol: "KH-SGDĐT",
  place: "Ninh Bình",
  date: "2025-09-24",
  subject: "Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2025",
  legalBases: [
    "Căn cứ Công văn số 5607/BGDĐT-GDNNGDTX của Bộ Giáo dục và Đào tạo về việc tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2025",
  ],
  activities: [
    {
      code: "communication.media",
      start: "2025-10-01",
      end: "2025-10-07",
      places: ["Báo và Phát thanh, Truyền hình Ninh Bình", "Cổng thông tin điện tử của Sở"],
      responsible: ["Văn phòng Sở"],
      audiences: ["residents"],
    },
    {
      code: "opening-ceremony",
      start: "2025-10-01",
      end: "2025-10-01",
      places: ["Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên tỉnh"],
      responsible: ["Phòng Giáo dục nghề nghiệp - Giáo dục thường xuyên", "Hội Khuyến học tỉnh"],
      audiences: ["leaders", "teachers", "students", "media"],
    },
    {
      code: "digital.expert-forums",
      title: "Diễn đàn “Học tập suốt đời trong kỷ nguyên số” với các chuyên gia",
      start: "2025-10-03",
      end: "2025-10-03",
      places: ["Trường Đại học Hoa Lư", "Trực tuyến"],
      responsible: ["Phòng Giáo dục nghề nghiệp - Giáo dục thường xuyên"],
      audiences: ["students", "teachers", "residents"],
    },
    {
      code: "digital.skills-training",
      start: "2025-10-01",
      end: "2025-10-07",
      places: ["Các trung tâm học tập cộng đồng", "Các cơ sở giáo dục"],
      responsible: ["Ủy ban nhân dân các xã, phường", "Các cơ sở giáo dục"],
      audiences: ["civil-servants", "workers", "residents"],
    },
    {
      code: "digital.career-experience",
      start: "2025-10-04",
      end: "2025-10-06",
      places: ["Các trường trung học phổ thông", "Các doanh nghiệp công nghệ thông tin trên địa bàn"],
      responsible: ["Phòng Giáo dục Trung học"],
      audiences: ["students", "businesses"],
    },
  ],
  budget: [
    { item: "Tổ chức Lễ khai mạc", amount: 24_000_000, source: "state-budget" },
    { item: "Tổ chức Diễn đàn với các chuyên gia", amount: 15_000_000, source: "state-budget" },
    { item: "Bồi dưỡng kỹ năng số tại các trung tâm học tập cộng đồng", amount: 21_000_000, source: "socialisation" },
  ],
  budgetTotal: 60_000_000,
  constraints: ["Các hoạt động thiết thực, hiệu quả, phù hợp với tổ chức chính quyền địa phương hai cấp"],
  signature: { authority: [{ kind: "KT", title: "GIÁM ĐỐC" }], title: "PHÓ GIÁM ĐỐC", name: "Trần Thị B" },
  copies: ["Bộ GDĐT (để b/c)", "UBND tỉnh (để b/c)", "UBND các xã, phường", "Lưu: VT, GDNN-GDTX"],
} as const satisfies ProvincialPlanInput;

/**
 * A sample plan for the 2025 Week (invented, clearly marked as sample): see the file's header. It validates against
 * `directiveFor(2025)` with no issue at all (no `actor.district-abolished`: it names communes, not districts).
 *
 * @example
 * ```ts
 * samplePlan2025.province; // "37"
 * findProvince(samplePlan2025.province, samplePlan2025.date)?.name; // "Tỉnh Ninh Bình"
 * validatePlan(samplePlan2025, { directive: directiveFor(2025) }).issues; // []
 * ```
 */
export const samplePlan2025 = data as unknown as ProvincialPlan;
