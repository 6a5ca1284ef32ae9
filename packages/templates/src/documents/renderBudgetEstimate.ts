import { type BudgetEstimate, type BudgetEstimateInput, findDocumentType, validateBudgetEstimate } from "@xhht/domain";
import type { FileChild } from "docx";
import type { ElectronicSignatureOptions } from "../blocks/electronicSignature.ts";
import { estimateBlocks } from "../blocks/estimateBlocks.ts";
import { structuredBody } from "../blocks/structuredBody.ts";
import { documentWording } from "../data/documentWording.ts";
import { templateErrorMessages } from "../data/templateErrorMessages.ts";
import type { RenderLanguageOptions } from "../input/RenderLanguageOptions.ts";
import { templateIds } from "../templateIds.ts";
import { renderTypedDocument } from "./renderTypedDocument.ts";
import { renderValidated } from "./renderValidated.ts";

/**
 * Options of {@link renderBudgetEstimate}.
 *
 * @deprecated With `renderBudgetEstimate`: see `RenderPlanOptions` and `RenderSubmissionOptions`.
 * @example
 * ```ts
 * const options: RenderBudgetEstimateOptions = { generatedAt: "2020-09-22" };
 * ```
 */
export interface RenderBudgetEstimateOptions extends RenderLanguageOptions, ElectronicSignatureOptions {
  /** The instant recorded as the document's creation time; the estimate's own date when absent. */
  readonly generatedAt?: Date | string;
}

const estimateBody = (estimate: BudgetEstimate): FileChild[] => [
  ...structuredBody([{ type: "paragraph", text: documentWording.estimateDetails }]),
  ...estimateBlocks(estimate),
];

/**
 * The type name the symbol names (Decree 30/2020/NĐ-CP, Phụ lục III), upper case: «TỜ TRÌNH» for «TTr-SGDĐT».
 * `validateBudgetEstimate` has refused any other symbol (`budget.symbol-type`).
 */
const typeNameOf = (symbol: string): string => {
  const type = findDocumentType(symbol.split("-")[0] ?? "");
  return type === undefined ? documentWording.typeNames.estimate : type.name.toLocaleUpperCase("vi");
};

/**
 * Lays out a dự toán kinh phí for the Week as a document of its own: header, the type name its symbol names
 * («TỜ TRÌNH» for «TTr-SGDĐT»: a dự toán is no Decree 30 type, Điều 7; Phụ lục III) and its trích yếu, the căn cứ in
 * italics, a table of lines (item, unit, quantity, unit price, amount; the funding source after the item when given) with
 * a bold total row, «Bằng chữ: …» (the total in words), any notes, the signature and «Nơi nhận».
 *
 * The estimate is checked with `validateBudgetEstimate` first (each amount = quantity × unit price, the total =
 * their sum): invalid input is refused with a {@link TemplateError} carrying its issues; a character XML cannot
 * carry is refused naming the field; so is a symbol not starting with a Phụ lục III abbreviation
 * (`budget.symbol-type`).
 *
 * @deprecated A dự toán is not an administrative document type of Decree 30/2020/NĐ-CP (Điều 7): give the plan a
 * `budgetEstimate` (`renderPlan` prints it as the plan's appendix) or send it with a tờ trình (`renderSubmission`,
 * the estimate as its appendix).
 * @example
 * ```ts
 * import { sampleBudgetEstimate2020 } from "@xhht/domain";
 * import { renderBudgetEstimate } from "@xhht/templates";
 *
 * const bytes = await renderBudgetEstimate(sampleBudgetEstimate2020);
 * ```
 */
export const renderBudgetEstimate = (
  estimate: BudgetEstimateInput | BudgetEstimate,
  options: RenderBudgetEstimateOptions = {},
): Promise<Uint8Array<ArrayBuffer>> =>
  renderValidated(
    templateErrorMessages.inputNames.budgetEstimate,
    estimate,
    (input) => validateBudgetEstimate(input, options),
    async (parsed) => {
      return renderTypedDocument(templateIds.budgetEstimate, options, {
        fields: parsed,
        what: templateErrorMessages.inputNames.budgetEstimate,
        typeName: typeNameOf(parsed.symbol),
        subject: parsed.subject,
        legalBases: parsed.legalBases,
        body: estimateBody(parsed),
      });
    },
  );
