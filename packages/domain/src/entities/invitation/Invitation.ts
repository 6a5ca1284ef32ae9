import * as z from "zod/mini";
import { documentFields } from "../../fields/documentFields.ts";
import { documentMarks } from "../../fields/documentMarks.ts";
import { isoDate } from "../../fields/isoDate.ts";
import { shortText, subjectText, text } from "../../fields/text.ts";

/**
 * A giấy mời (invitation), e.g. to the Week's opening ceremony: who invites whom, to what, when and where.
 *
 * @example
 * ```ts
 * const result = validateInvitation(sampleInvitation2020);
 * ```
 */
export const invitationSchema = z.strictObject({
  schemaVersion: z.literal(1),
  ...documentFields,
  ...documentMarks,
  /** Trích yếu under «GIẤY MỜI»: «Dự Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2020». */
  subject: subjectText,
  /** Who invites, as written in running text: «Sở Giáo dục và Đào tạo tỉnh Nam Định». */
  host: shortText,
  /** Those invited, one a line: «Đồng chí Giám đốc Sở Văn hóa, Thể thao và Du lịch». */
  invitees: z.array(shortText).check(z.minLength(1)),
  /** The event: «Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2020». */
  event: subjectText,
  eventDate: isoDate,
  /** The start time, 24-hour «HH:MM» in Vietnam's time: «08:00». */
  eventTime: z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/u, { message: "invitation.time" })),
  /** Where the event takes place. */
  venue: shortText,
  /** Closing lines: «Đề nghị đại biểu có mặt trước 15 phút.», a contact. */
  notes: z._default(z.array(text), []),
});

/**
 * An invitation, as {@link invitationSchema} parses it.
 *
 * @example
 * ```ts
 * const invitation: Invitation = sampleInvitation2020;
 * invitation.eventTime; // "08:00"
 * ```
 */
export type Invitation = z.infer<typeof invitationSchema>;
/**
 * An invitation as written, before {@link invitationSchema} checks it.
 *
 * @example
 * ```ts
 * const input: InvitationInput = { ...sampleInvitation2020, eventTime: "8h" };
 * validateInvitation(input).ok; // false
 * ```
 */
export type InvitationInput = z.input<typeof invitationSchema>;
