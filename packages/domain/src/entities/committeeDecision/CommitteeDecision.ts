import * as z from "zod/mini";
import { documentFields } from "../../fields/documentFields.ts";
import { documentMarks } from "../../fields/documentMarks.ts";
import { shortText, subjectText, text } from "../../fields/text.ts";

/**
 * A member's role in an organising committee (Ban Tổ chức), in the order a member list is printed.
 *
 * @example
 * ```ts
 * committeeRoles.indexOf("deputy-head") < committeeRoles.indexOf("member"); // true
 * ```
 */
export const committeeRoles = ["head", "deputy-head", "standing-member", "member", "secretary"] as const;

/**
 * One member of the committee: name, position and workplace, and role in the committee.
 *
 * @example
 * ```ts
 * committeeMemberSchema.safeParse({ name: "Trần Văn B", position: "Giám đốc Sở Giáo dục và Đào tạo", role: "deputy-head" }).success; // true
 * committeeMemberSchema.safeParse({ name: "Trần Văn B", position: "Giám đốc", role: "chair" }).success; // false
 * ```
 */
export const committeeMemberSchema = z.strictObject({
  name: shortText,
  /** Position and workplace as printed: «Phó Chủ tịch Ủy ban nhân dân tỉnh». */
  position: shortText,
  role: z.enum(committeeRoles),
});

/**
 * A quyết định setting up the Week's organising committee (Ban Tổ chức): the deciding authority, its legal bases,
 * «Điều 1» (the committee and its members, listed in an appendix), «Điều 2» (its duties), «Điều 3» (effect and
 * who executes it).
 *
 * @example
 * ```ts
 * const result = validateCommitteeDecision(sampleCommitteeDecision2020);
 * ```
 */
export const committeeDecisionSchema = z.strictObject({
  schemaVersion: z.literal(1),
  ...documentFields,
  ...documentMarks,
  /**
   * The issuing body or authority as written in running text (Phụ lục II), for the appendix's «(Kèm theo …
   * của …)»: «Chủ tịch Ủy ban nhân dân tỉnh Nam Định».
   */
  issuerName: shortText,
  /** The authority that decides, upper case, above the căn cứ: «CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH». */
  decidingAuthority: shortText,
  /** Trích yếu under «QUYẾT ĐỊNH»: «Về việc thành lập Ban Tổ chức Tuần lễ …». */
  subject: subjectText,
  /** Căn cứ and «Theo đề nghị của …», one a line, without the final «;» or «.». */
  legalBases: z.array(text).check(z.minLength(1)),
  /** The committee's full name: «Ban Tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020 tỉnh Nam Định». */
  committeeName: shortText,
  members: z.array(committeeMemberSchema).check(z.minLength(1)),
  /** The committee's duties (Điều 2), one a clause. */
  duties: z.array(text).check(z.minLength(1)),
  /** Who executes the decision besides the members (Điều 3): «Chánh Văn phòng Ủy ban nhân dân tỉnh». */
  executors: z.array(text).check(z.minLength(1)),
});

/**
 * One of {@link committeeRoles}.
 *
 * @example
 * ```ts
 * const role: CommitteeRole = "standing-member";
 * ```
 */
export type CommitteeRole = (typeof committeeRoles)[number];
/**
 * One member of the committee, as {@link committeeMemberSchema} parses it.
 *
 * @example
 * ```ts
 * const head: CommitteeMember | undefined = sampleCommitteeDecision2020.members.find((member) => member.role === "head");
 * head?.position; // "Phó Chủ tịch Ủy ban nhân dân tỉnh"
 * ```
 */
export type CommitteeMember = z.infer<typeof committeeMemberSchema>;
/**
 * A decision setting up the committee, as {@link committeeDecisionSchema} parses it.
 *
 * @example
 * ```ts
 * const decision: CommitteeDecision = sampleCommitteeDecision2020;
 * decision.members.length; // 6
 * ```
 */
export type CommitteeDecision = z.infer<typeof committeeDecisionSchema>;
/**
 * A decision setting up the committee as written, before {@link committeeDecisionSchema} checks it.
 *
 * @example
 * ```ts
 * const input: CommitteeDecisionInput = { ...sampleCommitteeDecision2020, number: undefined };
 * validateCommitteeDecision(input).ok; // true
 * ```
 */
export type CommitteeDecisionInput = z.input<typeof committeeDecisionSchema>;
