import {
  type Deadline,
  type Directive,
  labelOf,
  measures,
  moneyInWords,
  type ProvincialReport,
  type ProvincialReportInput,
  validateReport,
} from "@xhht/domain";
import type { FileChild } from "docx";
import { documentWording } from "./data/documentWording.ts";
import { dataTable, type TableCellInput } from "./dataTable.ts";
import { formatInteger, romanNumeral } from "./formatNumbers.ts";
import { parseDirectiveOption } from "./parseDirectiveOption.ts";
import { parseEntity } from "./parseEntity.ts";
import type { RenderLanguageOptions } from "./RenderLanguageOptions.ts";
import { refuseAsTemplateError } from "./refuseAsTemplateError.ts";
import { renderTypedDocument } from "./renderTypedDocument.ts";
import { bulletList, structuredBody } from "./structuredBody.ts";
import { templateIds } from "./templateIds.ts";

/**
 * Options of {@link renderReport}.
 *
 * @example
 * ```ts
 * const options: RenderReportOptions = { directive: directive2020 };
 * ```
 */
export interface RenderReportOptions extends RenderLanguageOptions {
  /** The instant recorded as the document's creation time; the report's own date when absent. */
  readonly generatedAt?: Date | string;
  /** The year's directive, passed to `validateReport`. */
  readonly directive?: Directive;
  /** A deadline overriding the directive's, passed to `validateReport`. */
  readonly deadline?: Deadline;
}

const { columns } = documentWording;

const measuresTable = (report: ProvincialReport) => {
  const rows: TableCellInput[][] = report.activities.flatMap((activity, index) => {
    // The vocabulary's order, not the input's: the same report gives the same document whatever its keys' order.
    const counted = measures.flatMap((measure) => {
      const value = activity.measures[measure];
      return value === undefined ? [] : [[measure, value] as const];
    });
    const name = labelOf("activity", activity.code);
    if (counted.length === 0) return [[String(index + 1), name, "", ""]];
    const span = counted.length;
    return counted.map(([measure, value], row) => [
      ...(row === 0
        ? [
            { text: String(index + 1), rowSpan: span },
            { text: name, rowSpan: span },
          ]
        : []),
      labelOf("measure", measure),
      formatInteger(value ?? 0),
    ]);
  });
  return dataTable({
    columns: [
      { header: columns.number, weight: 7, align: "center" },
      { header: columns.activity, weight: 43 },
      { header: columns.measure, weight: 32 },
      { header: columns.result, weight: 18, align: "right" },
    ],
    rows,
  });
};

const reportBody = (report: ProvincialReport): FileChild[] => {
  const out: FileChild[] = [];
  let section = 0;
  const heading = (title: string) => structuredBody([{ type: "section", label: `${romanNumeral(++section)}.`, title }]);
  const notes = report.activities.filter((activity) => activity.notes !== undefined);

  out.push(...heading("Kết quả tổ chức các hoạt động"), measuresTable(report));
  if (notes.length > 0) {
    out.push(...bulletList(notes.map((activity) => `${labelOf("activity", activity.code)}: ${activity.notes}`)));
  }
  out.push(
    ...heading("Gương điển hình và khen thưởng"),
    ...structuredBody([
      {
        type: "clause",
        label: "1.",
        text: `Số tấm gương điển hình về tự học, học tập suốt đời được phát hiện, nhân rộng: ${formatInteger(report.examples)}.`,
      },
      {
        type: "clause",
        label: "2.",
        text: `Khen thưởng: ${formatInteger(report.commendations.collectives)} tập thể, ${formatInteger(report.commendations.individuals)} cá nhân.`,
      },
    ]),
    ...heading("Kinh phí"),
    ...structuredBody([
      {
        type: "paragraph",
        text: `Tổng kinh phí đã sử dụng: ${formatInteger(report.budgetSpent)} ${documentWording.currency} (${documentWording.amountInWords}${moneyInWords(report.budgetSpent)}).`,
      },
    ]),
  );
  if (report.difficulties.length > 0) out.push(...heading("Khó khăn, vướng mắc"), ...bulletList(report.difficulties));
  if (report.proposals.length > 0) out.push(...heading("Đề xuất, kiến nghị"), ...bulletList(report.proposals));
  return out;
};

/**
 * Lays out a province's báo cáo of the Week's results (Decree 30/2020/NĐ-CP): header, «BÁO CÁO» and its trích
 * yếu, then «I. KẾT QUẢ TỔ CHỨC CÁC HOẠT ĐỘNG» (a table of each activity's measures, the activity cell spanning
 * its measure rows, and any notes), «II. GƯƠNG ĐIỂN HÌNH VÀ KHEN THƯỞNG», «III. KINH PHÍ» (money spent, in figures
 * and in words), «IV. KHÓ KHĂN, VƯỚNG MẮC» and «V. ĐỀ XUẤT, KIẾN NGHỊ» when there are any, the signature and
 * «Nơi nhận».
 *
 * The report is checked with `validateReport` first (a late report is a warning, not a refusal): an invalid
 * report is refused with a {@link TemplateError} carrying the issues; a character XML cannot carry is refused
 * naming the field. The same report and `generatedAt` give the same bytes in any time zone.
 *
 * @example
 * ```ts
 * import { directive2020, sampleReport2020 } from "@xhht/domain";
 * import { renderReport } from "@xhht/templates";
 *
 * const bytes = await renderReport(sampleReport2020, { directive: directive2020 });
 * ```
 */
export const renderReport = (
  report: ProvincialReportInput | ProvincialReport,
  options: RenderReportOptions = {},
): Promise<Uint8Array<ArrayBuffer>> =>
  refuseAsTemplateError("report", async () => {
    const directive = parseDirectiveOption(options.directive, options);
    const checked = directive === undefined ? options : { ...options, directive };
    const parsed = parseEntity(report, "report", (input) => validateReport(input, checked));
    return renderTypedDocument(templateIds.report, options.generatedAt, {
      fields: parsed,
      what: "report",
      typeName: documentWording.typeNames.report,
      subject: parsed.subject,
      body: reportBody(parsed),
    });
  });
