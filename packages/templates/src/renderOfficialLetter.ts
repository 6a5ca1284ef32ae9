import { CalendarError, formatDateLine } from "@xhht/calendar";
import { type OfficialLetter, type OfficialLetterInput, officialLetterSchema } from "@xhht/domain";
import { Document } from "docx";
import { bodyBlocks } from "./bodyBlocks.ts";
import { nd30Texts } from "./data/nd30Texts.ts";
import { letterHeader } from "./letterHeader.ts";
import { nd30Profile } from "./nd30Profile.ts";
import { customPropertyNames, OFFICIAL_LETTER_TEMPLATE_ID, SDK_VERSION } from "./officialLetterTemplate.ts";
import { packDocx } from "./packDocx.ts";
import { pageNumberHeaders } from "./pageNumberHeaders.ts";
import { recipientsBlock } from "./recipientsBlock.ts";
import { assertSafeText, formatPath } from "./safeText.ts";
import { signatureBlock } from "./signatureBlock.ts";
import { TemplateError } from "./TemplateError.ts";
import { templateErrorCodes } from "./templateErrorCodes.ts";
import { toInstant } from "./toInstant.ts";

/**
 * Options of {@link renderOfficialLetter}.
 *
 * @example
 * ```ts
 * const options: RenderOfficialLetterOptions = { generatedAt: "2020-09-15T08:30:00+07:00" };
 * ```
 */
export interface RenderOfficialLetterOptions {
  /**
   * The instant recorded as the document's creation time: a `Date`, an ISO date-time with its offset, or a civil
   * date (its first moment in Vietnam). Defaults to the letter's own date, so output never depends on the clock.
   */
  readonly generatedAt?: Date | string;
}

const parseLetter = (letter: unknown): OfficialLetter => {
  assertSafeText(letter);
  const parsed = officialLetterSchema.safeParse(letter);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const list = issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`).join("; ");
    throw new TemplateError(templateErrorCodes.invalidInput, `The official letter is not valid: ${list}`, {
      issues,
      cause: parsed.error,
    });
  }
  return parsed.data;
};

const dateLineOf = (letter: OfficialLetter): string => {
  try {
    return formatDateLine(letter.place, letter.date);
  } catch (error) {
    if (!(error instanceof CalendarError)) throw error;
    throw new TemplateError(
      templateErrorCodes.invalidInput,
      `The official letter is not valid: place: ${error.message}`,
      {
        issues: [{ code: error.code, path: ["place"], message: error.message }],
        cause: error,
      },
    );
  }
};

/** {@link renderOfficialLetter} recording `sdkVersion`: tests pin it so their golden bytes survive releases. */
export const renderOfficialLetterAs = async (
  letter: OfficialLetterInput | OfficialLetter,
  options: RenderOfficialLetterOptions,
  sdkVersion: string,
): Promise<Uint8Array> => {
  const parsed = parseLetter(letter);
  const generatedAt = toInstant(options.generatedAt ?? parsed.date);
  const { page, font, body } = nd30Profile;
  const headers = pageNumberHeaders();

  const document = new Document({
    creator: parsed.issuer,
    title: `${nd30Texts.subjectPrefix}${parsed.subject}`,
    customProperties: [
      { name: customPropertyNames.sdkVersion, value: sdkVersion },
      { name: customPropertyNames.templateId, value: OFFICIAL_LETTER_TEMPLATE_ID },
    ],
    styles: {
      default: {
        document: {
          run: { font: font.family.value, size: body.size.value, color: font.color.value },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: page.width.value, height: page.height.value },
            margin: {
              top: page.marginTop.value,
              bottom: page.marginBottom.value,
              left: page.marginLeft.value,
              right: page.marginRight.value,
              header: page.headerDistance.value,
              footer: page.footerDistance.value,
              gutter: 0,
            },
          },
        },
        headers,
        children: [
          letterHeader({
            parentBody: parsed.parentBody,
            issuer: parsed.issuer,
            number: parsed.number,
            symbol: parsed.symbol,
            dateLine: dateLineOf(parsed),
            subject: parsed.subject,
          }),
          ...recipientsBlock(parsed.recipients),
          ...bodyBlocks(parsed.body),
          signatureBlock({ ...parsed.signature, copies: parsed.copies }),
        ],
      },
    ],
  });

  return packDocx(document, {
    title: `${nd30Texts.subjectPrefix}${parsed.subject}`,
    creator: parsed.issuer,
    lastModifiedBy: `@xhht/templates ${sdkVersion}`,
    generatedAt,
  });
};

/**
 * Lays out a công văn (official letter) by Decree 30/2020/NĐ-CP and returns the .docx bytes: A4 with the decree's
 * margins, a borderless header table (issuing body, Quốc hiệu and Tiêu ngữ with their lines, «Số», date line,
 * «V/v»), «Kính gửi», the body, the signature and «Nơi nhận» table, page numbers from page 2.
 *
 * The input is validated with `officialLetterSchema` first; a character XML cannot carry is refused with a
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
): Promise<Uint8Array> => renderOfficialLetterAs(letter, options, SDK_VERSION);
