import type { ForwardingRequest, ForwardingRequestInput } from "../entities/forwardingRequest/ForwardingRequest.ts";

/**
 * A SAMPLE forwarding request, invented for examples and tests: what Nam Định's People's Committee adds when it
 * forwards Công văn 3589/BGDĐT-GDTX to its departments and districts. Number and names are illustrative.
 */
const data = {
  schemaVersion: 1,
  province: "36",
  issuer: "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH",
  number: 2105,
  symbol: "UBND-VP5",
  place: "Nam Định",
  date: "2020-09-18",
  issuerName: "Ủy ban nhân dân tỉnh",
  directiveIssuerName: "Bộ Giáo dục và Đào tạo",
  subject: "triển khai Tuần lễ hưởng ứng học tập suốt đời năm 2020",
  recipients: ["Các sở, ban, ngành, đoàn thể tỉnh", "Ủy ban nhân dân các huyện, thành phố"],
  lead: "Sở Giáo dục và Đào tạo",
  partners: ["Hội Khuyến học tỉnh"],
  reportTo: "Sở Giáo dục và Đào tạo",
  reportDeadline: "2020-10-20",
  extra: [],
  signature: {
    authority: [
      { kind: "TM", body: "ỦY BAN NHÂN DÂN" },
      { kind: "KT", title: "CHỦ TỊCH" },
    ],
    title: "PHÓ CHỦ TỊCH",
    name: "Trần Văn B",
  },
  copies: ["Như trên", "Bộ GDĐT (để b/c)", "Lưu: VT, VP5"],
} as const satisfies ForwardingRequestInput;

/**
 * A sample request to forward the 2020 letter in Nam Định (invented, clearly marked as sample).
 *
 * @example
 * ```ts
 * sampleForwardingRequest2020.reportDeadline; // "2020-10-20"
 * validateForwardingRequest(sampleForwardingRequest2020, { directive: directive2020 }).ok; // true
 * ```
 */
export const sampleForwardingRequest2020 = data as unknown as ForwardingRequest;
