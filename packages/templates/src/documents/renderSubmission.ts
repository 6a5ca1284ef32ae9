import { moneyInWords, type Submission, type SubmissionInput, validateSubmission } from "@xhht/domain";
import type { FileChild } from "docx";
import { bodyBlocks } from "../blocks/bodyBlocks.ts";
import { copiesAsAboveFirst } from "../blocks/copiesAsAboveFirst.ts";
import type { ElectronicSignatureOptions } from "../blocks/electronicSignature.ts";
import { estimateBlocks } from "../blocks/estimateBlocks.ts";
import { documentWording } from "../data/documentWording.ts";
import { submissionWording } from "../data/submissionWording.ts";
import { templateErrorMessages } from "../data/templateErrorMessages.ts";
import type { RenderLanguageOptions } from "../input/RenderLanguageOptions.ts";
import { templateIds } from "../templateIds.ts";
import { formatInteger } from "../text/formatNumbers.ts";
import { renderTypedDocument } from "./renderTypedDocument.ts";
import { renderValidated } from "./renderValidated.ts";
import type { AppendixContent } from "./typedDocument.ts";

/**
 * Options of {@link renderSubmission}.
 *
 * @example
 * ```ts
 * const options: RenderSubmissionOptions = { generatedAt: "2020-09-21" };
 * ```
 */
export interface RenderSubmissionOptions extends RenderLanguageOptions, ElectronicSignatureOptions {
  /** The instant recorded as the document's creation time; the submission's own date when absent. */
  readonly generatedAt?: Date | string;
}

const submissionBody = (submission: Submission): FileChild[] => {
  const estimate = submission.budgetEstimate;
  const total =
    estimate === undefined
      ? []
      : [
          {
            type: "paragraph",
            text: submissionWording.estimateTotal(
              formatInteger(estimate.total),
              `${documentWording.amountInWords}${moneyInWords(estimate.total)}`,
            ),
          } as const,
        ];
  return bodyBlocks([
    ...submission.body,
    ...total,
    ...submission.proposal.map((text) => ({ type: "paragraph", text }) as const),
  ]);
};

const estimateAppendices = (submission: Submission): AppendixContent[] => {
  const estimate = submission.budgetEstimate;
  if (estimate === undefined) return [];
  const title =
    estimate.subject === undefined
      ? documentWording.estimateTitle
      : `${documentWording.estimateTitle} ${estimate.subject}`;
  return [{ label: documentWording.appendix, title, children: estimateBlocks(estimate) }];
};

/**
 * Lays out a tờ trình (Decree 30/2020/NĐ-CP, Điều 7; «TTr» in Phụ lục III): header, «TỜ TRÌNH» and its trích yếu,
 * «Kính gửi:» and the recipients (Phụ lục I, cell 9a), the căn cứ in italics, the body (paragraphs, headings,
 * points, bullets as a letter's), the estimate's total in figures and in words referring to the appendix when the
 * submission carries a `budgetEstimate`, the request, the signature and «Nơi nhận», its first line «- Như trên;»
 * whether or not the submission lists it. The estimate follows as «Phụ lục» on its own pages numbered from 1 (Phụ
 * lục I, Phần I, mục III.1): «DỰ TOÁN KINH PHÍ …», «(Kèm theo Tờ trình số …/TTr-… ngày … của …)», the table of
 * lines, «Bằng chữ: …» and any notes. A submission without a number is a draft: «Số:      /TTr-…» and «DỰ THẢO».
 *
 * The submission is checked with `validateSubmission` first: invalid input is refused with a {@link TemplateError}
 * carrying its issues; a character XML cannot carry is refused naming the field. The same submission and
 * `generatedAt` give the same bytes in any time zone.
 *
 * @example
 * ```ts
 * import { sampleSubmission2020 } from "@xhht/domain";
 * import { renderSubmission } from "@xhht/templates";
 *
 * const bytes = await renderSubmission(sampleSubmission2020);
 * ```
 */
export const renderSubmission = (
  submission: SubmissionInput | Submission,
  options: RenderSubmissionOptions = {},
): Promise<Uint8Array<ArrayBuffer>> =>
  renderValidated(
    templateErrorMessages.inputNames.submission,
    submission,
    (input) => validateSubmission(input, options),
    async (parsed) => {
      return renderTypedDocument(templateIds.submission, options, {
        fields: { ...parsed, copies: copiesAsAboveFirst(parsed.copies) },
        what: templateErrorMessages.inputNames.submission,
        typeName: documentWording.typeNames.submission,
        subject: parsed.subject,
        recipients: parsed.recipients,
        legalBases: parsed.legalBases,
        body: submissionBody(parsed),
        attachment: { typeName: documentWording.attachedTypeNames.submission, issuerName: parsed.issuerName },
        appendices: estimateAppendices(parsed),
      });
    },
  );
