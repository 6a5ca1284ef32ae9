import type { Submission, SubmissionInput } from "../entities/submission/Submission.ts";
import { sampleBudgetEstimate2020 } from "./sampleBudgetEstimate2020.ts";

/**
 * A SAMPLE tờ trình, invented for examples and tests: the Sở Giáo dục và Đào tạo of Nam Định asks the Ủy ban nhân
 * dân tỉnh to approve the 2020 Week's dự toán kinh phí, carried as its appendix (the sample estimate's lines,
 * 45.500.000 đồng). No real submission is reproduced; names, prices and numbers are illustrative.
 */
const data = {
  schemaVersion: 1,
  parentBody: "UBND TỈNH NAM ĐỊNH",
  issuer: "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
  issuerName: "Sở Giáo dục và Đào tạo",
  number: 14,
  symbol: "TTr-SGDĐT",
  place: "Nam Định",
  date: "2020-09-21",
  recipients: ["Ủy ban nhân dân tỉnh Nam Định"],
  subject: "Về việc phê duyệt dự toán kinh phí tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020",
  legalBases: [
    "Căn cứ Thông tư số 07/2018/TT-BTC ngày 24/01/2018 của Bộ Tài chính hướng dẫn quản lý và sử dụng kinh phí thực hiện Đề án “Xây dựng xã hội học tập giai đoạn 2012-2020”",
    "Căn cứ Công văn số 3589/BGDĐT-GDTX ngày 15/9/2020 của Bộ Giáo dục và Đào tạo về việc tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020",
  ],
  body: [
    {
      type: "paragraph",
      text: "Để tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020 trên địa bàn tỉnh từ ngày 01/10/2020 đến ngày 07/10/2020, Sở Giáo dục và Đào tạo đã xây dựng dự toán kinh phí cho các hoạt động: tuyên truyền, Lễ khai mạc và tập huấn kỹ năng sử dụng Internet tại các trung tâm học tập cộng đồng.",
    },
  ],
  proposal: [
    "Sở Giáo dục và Đào tạo kính trình Ủy ban nhân dân tỉnh xem xét, phê duyệt dự toán kinh phí tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020 để Sở có cơ sở triển khai thực hiện.",
  ],
  budgetEstimate: {
    subject: "Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020",
    lines: sampleBudgetEstimate2020.lines,
    total: sampleBudgetEstimate2020.total,
    notes: [],
  },
  signature: { authority: [{ kind: "KT", title: "GIÁM ĐỐC" }], title: "PHÓ GIÁM ĐỐC", name: "Nguyễn Văn A" },
  copies: ["Như trên", "Sở Tài chính", "Lưu: VT, KHTC"],
} as const satisfies SubmissionInput;

/**
 * A sample tờ trình for the 2020 Week (invented, clearly marked as sample): see the file's header.
 *
 * @example
 * ```ts
 * sampleSubmission2020.budgetEstimate?.total; // 45500000
 * validateSubmission(sampleSubmission2020).ok; // true
 * ```
 */
export const sampleSubmission2020 = data as unknown as Submission;
