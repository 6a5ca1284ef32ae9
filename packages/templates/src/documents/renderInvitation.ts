import { type Invitation, type InvitationInput, validateInvitation } from "@xhht/domain";
import type { FileChild } from "docx";
import type { ElectronicSignatureOptions } from "../blocks/electronicSignature.ts";
import { bulletList, structuredBody } from "../blocks/structuredBody.ts";
import { documentWording } from "../data/documentWording.ts";
import { invitationWording } from "../data/invitationWording.ts";
import { templateErrorMessages } from "../data/templateErrorMessages.ts";
import type { RenderLanguageOptions } from "../input/RenderLanguageOptions.ts";
import { templateIds } from "../templateIds.ts";
import { eventTime } from "../text/eventTime.ts";
import { renderTypedDocument } from "./renderTypedDocument.ts";
import { renderValidated } from "./renderValidated.ts";

/**
 * Options of {@link renderInvitation}.
 *
 * @example
 * ```ts
 * const options: RenderInvitationOptions = { generatedAt: "2020-09-25" };
 * ```
 */
export interface RenderInvitationOptions extends RenderLanguageOptions, ElectronicSignatureOptions {
  /** The instant recorded as the document's creation time; the invitation's own date when absent. */
  readonly generatedAt?: Date | string;
}

/** A sentence ends with its own punctuation, or a full stop. */
const sentence = (text: string): string => (/[.!?:;…]$/u.test(text.trimEnd()) ? text.trimEnd() : `${text.trimEnd()}.`);

const invitationBody = (invitation: Invitation): FileChild[] => [
  ...structuredBody([{ type: "paragraph", text: invitationWording.invites(invitation.host) }]),
  ...bulletList(invitation.invitees),
  ...structuredBody([
    { type: "paragraph", text: invitationWording.event(sentence(invitation.event)) },
    { type: "paragraph", text: invitationWording.time(eventTime(invitation.eventTime, invitation.eventDate)) },
    { type: "paragraph", text: invitationWording.venue(sentence(invitation.venue)) },
    ...invitation.notes.map((note) => ({ type: "paragraph", text: sentence(note) }) as const),
  ]),
];

/**
 * Lays out a giấy mời (Decree 30/2020/NĐ-CP), e.g. to the Week's opening ceremony: header (with any urgency or
 * circulation stamp), «GIẤY MỜI» and its trích yếu, «… trân trọng kính mời:» and the invitees one a line, «Tới
 * dự», «Thời gian: 08 giờ 00, thứ Năm, ngày 01/10/2020», «Địa điểm», any notes, the signature and «Nơi nhận».
 *
 * The invitation is checked with `validateInvitation` first: invalid input is refused with a
 * {@link TemplateError} carrying its issues; a character XML cannot carry is refused naming the field.
 *
 * @example
 * ```ts
 * import { sampleInvitation2020 } from "@xhht/domain";
 * import { renderInvitation } from "@xhht/templates";
 *
 * const bytes = await renderInvitation(sampleInvitation2020);
 * ```
 */
export const renderInvitation = (
  invitation: InvitationInput | Invitation,
  options: RenderInvitationOptions = {},
): Promise<Uint8Array<ArrayBuffer>> =>
  renderValidated(
    templateErrorMessages.inputNames.invitation,
    invitation,
    (input) => validateInvitation(input, options),
    async (parsed) => {
      return renderTypedDocument(templateIds.invitation, options, {
        fields: parsed,
        what: templateErrorMessages.inputNames.invitation,
        typeName: documentWording.typeNames.invitation,
        subject: parsed.subject,
        body: invitationBody(parsed),
      });
    },
  );
