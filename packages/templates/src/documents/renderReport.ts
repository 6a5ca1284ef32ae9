import {
  type Deadline,
  type DirectiveTerms,
  type LetterCitation,
  labelOf,
  measures,
  moneyInWords,
  type ProvincialReport,
  type ProvincialReportInput,
  validateReport,
} from "@xhht/domain";
import type { FileChild } from "docx";
import { copiesAsAboveFirst } from "../blocks/copiesAsAboveFirst.ts";
import { dataTable, type TableCellInput } from "../blocks/dataTable.ts";
import type { ElectronicSignatureOptions } from "../blocks/electronicSignature.ts";
import { bulletList, structuredBody } from "../blocks/structuredBody.ts";
import { documentWording } from "../data/documentWording.ts";
import { reportWording } from "../data/reportWording.ts";
import { templateErrorMessages } from "../data/templateErrorMessages.ts";
import { parseDirectiveTermsOption } from "../input/parseDirectiveTermsOption.ts";
import { parseEntity } from "../input/parseEntity.ts";
import type { RenderLanguageOptions } from "../input/RenderLanguageOptions.ts";
import { refuseAsTemplateError } from "../input/refuseAsTemplateError.ts";
import { templateIds } from "../templateIds.ts";
import { dateInWords } from "../text/dateText.ts";
import { formatInteger, romanNumeral } from "../text/formatNumbers.ts";
import { renderTypedDocument } from "./renderTypedDocument.ts";

/**
 * Options of {@link renderReport}.
 *
 * @example
 * ```ts
 * const options: RenderReportOptions = { directive: directive2020 };
 * ```
 */
export interface RenderReportOptions extends RenderLanguageOptions, ElectronicSignatureOptions {
  /** The instant recorded as the document's creation time; the report's own date when absent. */
  readonly generatedAt?: Date | string;
  /** The year's directive, passed to `validateReport`; the lead-in cites its letter (number, date, subject). */
  readonly directive?: DirectiveTerms;
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

const lowerFirst = (text: string) => `${text.charAt(0).toLocaleLowerCase("vi")}${text.slice(1)}`;

/**
 * «Thực hiện Công văn số 3589/BGDĐT-GDTX ngày 15 tháng 9 năm 2020 của Bộ Giáo dục và Đào tạo về việc …, Sở Giáo dục
 * và Đào tạo báo cáo kết quả … như sau:». The Ministry in running text is the directive's `reporting.recipient`; a
 * part of the letter that is not known (2025's date) is left out of the citation.
 */
const leadIn = (report: ProvincialReport, letter: LetterCitation, recipient: string | undefined): string => {
  const number =
    letter.number === undefined || letter.symbol === undefined
      ? undefined
      : `${String(letter.number).padStart(2, "0")}/${letter.symbol}`;
  const date = letter.date === undefined ? undefined : dateInWords(letter.date);
  const source = documentWording.citedLetter(number, date, recipient ?? documentWording.ministry);
  return reportWording.lead(source, letter.subject, report.issuerName, lowerFirst(report.subject));
};

const reportBody = (report: ProvincialReport, directive: DirectiveTerms | undefined): FileChild[] => {
  const out: FileChild[] = [];
  if (directive?.letter !== undefined) {
    const text = leadIn(report, directive.letter, directive.reporting.recipient);
    out.push(...structuredBody([{ type: "paragraph", text }]));
  }
  let section = 0;
  const heading = (title: string) => structuredBody([{ type: "section", label: `${romanNumeral(++section)}.`, title }]);
  const notes = report.activities.filter((activity) => activity.notes !== undefined);

  out.push(...heading(reportWording.headings.activities), measuresTable(report));
  if (notes.length > 0) {
    out.push(...bulletList(notes.map((activity) => `${labelOf("activity", activity.code)}: ${activity.notes}`)));
  }
  out.push(
    ...heading(reportWording.headings.examplesAndCommendations),
    ...structuredBody([
      {
        type: "clause",
        label: "1.",
        text: reportWording.examples(formatInteger(report.examples)),
      },
      {
        type: "clause",
        label: "2.",
        text: reportWording.commendations(
          formatInteger(report.commendations.collectives),
          formatInteger(report.commendations.individuals),
        ),
      },
    ]),
    ...heading(reportWording.headings.budget),
    ...structuredBody([
      {
        type: "paragraph",
        text: reportWording.budgetSpent(
          formatInteger(report.budgetSpent),
          documentWording.currency,
          `${documentWording.amountInWords}${moneyInWords(report.budgetSpent)}`,
        ),
      },
    ]),
  );
  if (report.difficulties.length > 0)
    out.push(...heading(reportWording.headings.difficulties), ...bulletList(report.difficulties));
  if (report.proposals.length > 0)
    out.push(...heading(reportWording.headings.proposals), ...bulletList(report.proposals));
  return out;
};

/**
 * Lays out a province's báo cáo of the Week's results (Decree 30/2020/NĐ-CP): header, «BÁO CÁO» and its trích
 * yếu, «Kính gửi:» and the report's `recipients` (the Ministry when it names none; Phụ lục I, cell 9a), with the
 * `directive` a lead-in citing its letter («Thực hiện Công văn số 3589/BGDĐT-GDTX ngày 15 tháng 9 năm 2020 của Bộ
 * Giáo dục và Đào tạo về việc …, Sở Giáo dục và Đào tạo báo cáo … như sau:»), then «I. KẾT QUẢ TỔ CHỨC CÁC HOẠT ĐỘNG» (a table of each activity's measures, the activity cell spanning
 * its measure rows, and any notes), «II. GƯƠNG ĐIỂN HÌNH VÀ KHEN THƯỞNG», «III. KINH PHÍ» (money spent, in figures
 * and in words), «IV. KHÓ KHĂN, VƯỚNG MẮC» and «V. ĐỀ XUẤT, KIẾN NGHỊ» when there are any, the signature and
 * «Nơi nhận», its first line «- Như trên;» (those named in «Kính gửi») whether or not the report lists it.
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
  refuseAsTemplateError(templateErrorMessages.inputNames.report, async () => {
    const directive = parseDirectiveTermsOption(options.directive, options);
    const checked = directive === undefined ? options : { ...options, directive };
    const parsed = parseEntity(report, templateErrorMessages.inputNames.report, (input) =>
      validateReport(input, checked),
    );
    return renderTypedDocument(templateIds.report, options, {
      fields: { ...parsed, copies: copiesAsAboveFirst(parsed.copies) },
      what: templateErrorMessages.inputNames.report,
      typeName: documentWording.typeNames.report,
      subject: parsed.subject,
      recipients: parsed.recipients,
      body: reportBody(parsed, directive),
    });
  });
