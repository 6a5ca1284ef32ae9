import { formatDateLine } from "@xhht/calendar";
import { type OfficialLetter, type OfficialLetterInput, validateOfficialLetter } from "@xhht/domain";
import { bodyBlocks } from "../blocks/bodyBlocks.ts";
import { keepLastWithNext } from "../blocks/keepLastWithNext.ts";
import { letterHeader } from "../blocks/letterHeader.ts";
import { recipientsBlock } from "../blocks/recipientsBlock.ts";
import { signatureBlock } from "../blocks/signatureBlock.ts";
import { nd30Texts } from "../data/nd30Texts.ts";
import { templateErrorMessages } from "../data/templateErrorMessages.ts";
import { OFFICIAL_LETTER_TEMPLATE_ID, SDK_VERSION } from "../docx/customProperties.ts";
import { renderFrame } from "../docx/frameDocument.ts";
import type { RenderLanguageOptions } from "../input/RenderLanguageOptions.ts";
import { TemplateError } from "../input/TemplateError.ts";
import { toInstant } from "../text/toInstant.ts";
import { renderValidated } from "./renderValidated.ts";

/**
 * Options of {@link renderOfficialLetter}.
 *
 * @example
 * ```ts
 * const options: RenderOfficialLetterOptions = { generatedAt: "2020-09-15T08:30:00+07:00" };
 * ```
 */
export interface RenderOfficialLetterOptions extends RenderLanguageOptions {
  /**
   * The instant recorded as the document's creation time: a `Date`, an ISO date-time with its offset, or a civil
   * date (its first moment in Vietnam). Defaults to the letter's own date, so output never depends on the clock.
   */
  readonly generatedAt?: Date | string;
}

/**
 * {@link renderOfficialLetter} recording `sdkVersion` (tests pin it so their golden bytes survive releases) and
 * `templateId` (a template built on the letter, such as the forwarding letter, records its own).
 */
export const renderOfficialLetterAs = (
  letter: OfficialLetterInput | OfficialLetter,
  options: RenderOfficialLetterOptions,
  sdkVersion: string,
  templateId: string = OFFICIAL_LETTER_TEMPLATE_ID,
): Promise<Uint8Array<ArrayBuffer>> =>
  renderValidated(
    templateErrorMessages.inputNames.officialLetter,
    letter,
    (input) => validateOfficialLetter(input, options),
    async (parsed) => {
      const title = `${nd30Texts.subjectPrefix}${parsed.subject}`;
      return renderFrame({
        templateId,
        sdkVersion,
        title,
        creator: parsed.issuer,
        generatedAt: toInstant(options.generatedAt ?? parsed.date),
        contact: parsed.contact,
        sections: [
          {
            children: [
              letterHeader({
                parentBody: parsed.parentBody,
                issuer: parsed.issuer,
                number: parsed.number,
                symbol: parsed.symbol,
                dateLine: formatDateLine(parsed.place, parsed.date),
                subject: parsed.subject,
              }),
              ...recipientsBlock(parsed.recipients),
              ...keepLastWithNext(bodyBlocks(parsed.body)),
              signatureBlock({ ...parsed.signature, copies: parsed.copies }),
            ],
          },
        ],
      });
    },
  );

/**
 * Lays out a công văn (official letter) by Decree 30/2020/NĐ-CP and returns the .docx bytes: A4 with the decree's
 * margins, a borderless header table (issuing body, Quốc hiệu and Tiêu ngữ with their lines, «Số», date line,
 * «V/v»), «Kính gửi», the body, the signature and «Nơi nhận» table, page numbers from page 2.
 *
 * The input is validated with `validateOfficialLetter` first; a character XML cannot carry is refused with a
 * {@link TemplateError} naming the field, never written. The output is deterministic: the same letter and
 * `generatedAt` give the same bytes in any time zone; the SDK version and the template id are recorded in
 * the document's custom properties.
 *
 * @example
 * ```ts
 * import { directive2020 } from "@xhht/domain";
 * import { renderOfficialLetter } from "@xhht/templates";
 *
 * const bytes = await renderOfficialLetter(directive2020.letter, { generatedAt: "2020-09-15" });
 * await writeFile("3589-BGDDT-GDTX.docx", bytes);
 * ```
 */
export const renderOfficialLetter = (
  letter: OfficialLetterInput | OfficialLetter,
  options: RenderOfficialLetterOptions = {},
): Promise<Uint8Array<ArrayBuffer>> => renderOfficialLetterAs(letter, options, SDK_VERSION);
