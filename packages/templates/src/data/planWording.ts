import { documentWording } from "./documentWording.ts";

/** The fixed wording of a province's kế hoạch for the Week, as printed. */
export const planWording = {
  headings: {
    constraints: "Yêu cầu",
    contentAndTime: "Nội dung và thời gian",
    budget: "Kinh phí",
    implementation: "Tổ chức thực hiện",
  },
  /** «Thời gian: từ ngày … đến ngày …; khai mạc ngày ….» */
  time: (start: string, end: string, opening: string) =>
    `Thời gian: từ ngày ${start} đến ngày ${end}; khai mạc ngày ${opening}.`,
  theme: (theme: string) => `Chủ đề: “${theme}”.`,
  activities: "Các hoạt động cụ thể:",
  /** One unit's duties: «Sở Giáo dục và Đào tạo: chủ trì …; ….» */
  leads: (unit: string, activities: string) => `${unit}: chủ trì ${activities}.`,
  /** How the plan's «Kinh phí» section refers to its appendix. */
  detailsInAppendix: "Chi tiết tại Phụ lục kèm theo Kế hoạch này.",
  estimateTotal: (total: string, inWords: string) =>
    `Tổng kinh phí: ${total} ${documentWording.currency} (${inWords}), chi tiết tại Phụ lục kèm theo Kế hoạch này.`,
} as const;
