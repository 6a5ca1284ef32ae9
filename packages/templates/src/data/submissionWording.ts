import { documentWording } from "./documentWording.ts";

/** The fixed wording of a tờ trình, as printed. */
export const submissionWording = {
  estimateTotal: (total: string, inWords: string) =>
    `Tổng kinh phí đề nghị phê duyệt: ${total} ${documentWording.currency} (${inWords}), chi tiết tại Phụ lục kèm theo Tờ trình này.`,
} as const;
