import * as z from "zod/mini";
import { documentFields } from "../../fields/documentFields.ts";
import { isoDate } from "../../fields/isoDate.ts";
import { provinceCode } from "../../fields/provinceCode.ts";
import { shortText, subjectText, text } from "../../fields/text.ts";

/**
 * What a province adds when it forwards the Ministry's letter on the Week to its departments and districts
 * (a công văn «V/v triển khai Tuần lễ …»): its own header and signer, recipients, who leads, who takes part, to
 * whom and by when results are reported. The letter's wording is built from this and the {@link Directive}.
 *
 * @example
 * ```ts
 * const result = validateForwardingRequest(sampleForwardingRequest2020, { directive: directive2020 });
 * ```
 */
export const forwardingRequestSchema = z.strictObject({
  schemaVersion: z.literal(1),
  province: provinceCode,
  ...documentFields,
  /** The issuing body as written in running text: «Ủy ban nhân dân tỉnh Nam Định». */
  issuerName: shortText,
  /** The Ministry as written in running text, for «… của Bộ Giáo dục và Đào tạo»: the directive prints it upper case. */
  directiveIssuerName: shortText,
  /** Trích yếu without «V/v»: «triển khai Tuần lễ hưởng ứng học tập suốt đời năm 2020». */
  subject: subjectText,
  recipients: z.array(shortText).check(z.minLength(1)),
  /** The body that leads and advises, in running text: «Sở Giáo dục và Đào tạo». */
  lead: shortText,
  /** Bodies that work with the lead: «Hội Khuyến học tỉnh». */
  partners: z._default(z.array(shortText), []),
  /** To whom the recipients report their results: «Sở Giáo dục và Đào tạo». */
  reportTo: shortText,
  /** The province's own reporting deadline: on or before the Ministry's last day. */
  reportDeadline: isoDate,
  /** Extra requests, one paragraph each, after the standard ones. */
  extra: z._default(z.array(text), []),
});

/**
 * A forwarding request, as {@link forwardingRequestSchema} parses it.
 *
 * @example
 * ```ts
 * const request: ForwardingRequest = sampleForwardingRequest2020;
 * request.lead; // "Sở Giáo dục và Đào tạo"
 * ```
 */
export type ForwardingRequest = z.infer<typeof forwardingRequestSchema>;
/**
 * A forwarding request as written, before {@link forwardingRequestSchema} fills its defaults (`partners`, `extra`).
 *
 * @example
 * ```ts
 * const input: ForwardingRequestInput = { ...sampleForwardingRequest2020, extra: undefined };
 * validateForwardingRequest(input, { directive: directive2020 }).value?.extra; // []
 * ```
 */
export type ForwardingRequestInput = z.input<typeof forwardingRequestSchema>;
