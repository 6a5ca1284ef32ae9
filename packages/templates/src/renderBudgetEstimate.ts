import { type BudgetEstimate, type BudgetEstimateInput, moneyInWords, validateBudgetEstimate } from "@xhht/domain";
import type { FileChild } from "docx";
import { documentWording } from "./data/documentWording.ts";
import { dataTable } from "./dataTable.ts";
import type { ElectronicSignatureOptions } from "./electronicSignature.ts";
import { formatInteger } from "./formatNumbers.ts";
import { parseEntity } from "./parseEntity.ts";
import type { RenderLanguageOptions } from "./RenderLanguageOptions.ts";
import { refuseAsTemplateError } from "./refuseAsTemplateError.ts";
import { renderTypedDocument } from "./renderTypedDocument.ts";
import { bulletList, structuredBody } from "./structuredBody.ts";
import { templateIds } from "./templateIds.ts";

/**
 * Options of {@link renderBudgetEstimate}.
 *
 * @example
 * ```ts
 * const options: RenderBudgetEstimateOptions = { generatedAt: "2020-09-22" };
 * ```
 */
export interface RenderBudgetEstimateOptions extends RenderLanguageOptions, ElectronicSignatureOptions {
  /** The instant recorded as the document's creation time; the estimate's own date when absent. */
  readonly generatedAt?: Date | string;
}

const { columns } = documentWording;

const estimateBody = (estimate: BudgetEstimate): FileChild[] => [
  ...structuredBody([{ type: "paragraph", text: "Chi tiết dự toán như sau:" }]),
  dataTable({
    columns: [
      { header: columns.number, weight: 7, align: "center" },
      { header: columns.item, weight: 35 },
      { header: columns.unit, weight: 11, align: "center" },
      { header: columns.quantity, weight: 10, align: "right" },
      { header: columns.unitPrice, weight: 17, align: "right" },
      { header: columns.lineAmount, weight: 20, align: "right" },
    ],
    rows: [
      ...estimate.lines.map((line, index) => [
        String(index + 1),
        line.source === undefined ? line.item : `${line.item} (${documentWording.fundingSources[line.source]})`,
        line.unit,
        formatInteger(line.quantity),
        formatInteger(line.unitPrice),
        formatInteger(line.amount),
      ]),
      [
        { text: documentWording.totalRow, bold: true, align: "center", columnSpan: 5 },
        { text: formatInteger(estimate.total), bold: true },
      ],
    ],
  }),
  ...structuredBody([
    { type: "paragraph", text: `${documentWording.amountInWords}${moneyInWords(estimate.total)}.`, italics: true },
  ]),
  ...(estimate.notes.length === 0 ? [] : bulletList(estimate.notes)),
];

/**
 * Lays out a dự toán kinh phí for the Week: header, «DỰ TOÁN KINH PHÍ» and its trích yếu, the căn cứ in italics,
 * a table of lines (item, unit, quantity, unit price, amount; the funding source after the item when given) with
 * a bold total row, «Bằng chữ: …» (the total in words), any notes, the signature and «Nơi nhận».
 *
 * The estimate is checked with `validateBudgetEstimate` first (each amount = quantity × unit price, the total =
 * their sum): invalid input is refused with a {@link TemplateError} carrying its issues; a character XML cannot
 * carry is refused naming the field.
 *
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
  refuseAsTemplateError("budget estimate", async () => {
    const parsed = parseEntity(estimate, "budget estimate", (input) => validateBudgetEstimate(input, options));
    return renderTypedDocument(templateIds.budgetEstimate, options, {
      fields: parsed,
      what: "budget estimate",
      typeName: documentWording.typeNames.estimate,
      subject: parsed.subject,
      legalBases: parsed.legalBases,
      body: estimateBody(parsed),
    });
  });
