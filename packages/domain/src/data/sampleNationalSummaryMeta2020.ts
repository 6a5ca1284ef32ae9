import type { NationalSummaryMeta, NationalSummaryMetaInput } from "../entities/nationalSummary/NationalSummaryMeta.ts";

/**
 * SAMPLE document fields, invented for examples and tests, of the Ministry's report summing up the 2020 Week. No
 * real report is reproduced: number, signer and wording are illustrative.
 */
const data = {
  schemaVersion: 1,
  year: 2020,
  issuer: "BỘ GIÁO DỤC VÀ ĐÀO TẠO",
  number: 1050,
  symbol: "BC-BGDĐT",
  place: "Hà Nội",
  date: "2020-11-20",
  issuerName: "Bộ Giáo dục và Đào tạo",
  subject: "Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020",
  recipients: ["Thủ tướng Chính phủ"],
  introduction: [
    "Bộ Giáo dục và Đào tạo đã ban hành Công văn số 3589/BGDĐT-GDTX ngày 15/9/2020 hướng dẫn các địa phương tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020 với chủ đề “Chuyển đổi số thúc đẩy Học tập suốt đời”. Trên cơ sở báo cáo của các địa phương, Bộ Giáo dục và Đào tạo báo cáo kết quả như sau:",
  ],
  assessment: [
    "Các địa phương đã chủ động, linh hoạt tổ chức các hoạt động của Tuần lễ, kết hợp trực tiếp và trực tuyến, phù hợp với tình hình dịch COVID-19.",
  ],
  proposals: ["Tiếp tục tổ chức Tuần lễ hằng năm, gắn với chuyển đổi số trong giáo dục thường xuyên."],
  signature: { authority: [{ kind: "KT", title: "BỘ TRƯỞNG" }], title: "THỨ TRƯỞNG", name: "Lê Văn H" },
  copies: ["Như trên", "Bộ trưởng (để b/c)", "Lưu: VT, GDTX"],
} as const satisfies NationalSummaryMetaInput;

/**
 * Sample document fields of the 2020 national summary report (invented, clearly marked as sample).
 *
 * @example
 * ```ts
 * sampleNationalSummaryMeta2020.symbol; // "BC-BGDĐT"
 * validateNationalSummaryMeta(sampleNationalSummaryMeta2020).ok; // true
 * ```
 */
export const sampleNationalSummaryMeta2020 = data as unknown as NationalSummaryMeta;
