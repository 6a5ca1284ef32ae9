import { formatShortDate } from "@xhht/calendar";
import {
  labelOf,
  type Measure,
  measures,
  moneyInWords,
  type NationalSummary,
  type NationalSummaryMeta,
  type NationalSummaryMetaInput,
  validateNationalSummaryMeta,
} from "@xhht/domain";
import { dataTable, type TableCellInput, type TableColumn } from "../blocks/dataTable.ts";
import type { ElectronicSignatureOptions } from "../blocks/electronicSignature.ts";
import { bulletList, structuredBody } from "../blocks/structuredBody.ts";
import { documentWording } from "../data/documentWording.ts";
import { summaryWording } from "../data/summaryWording.ts";
import { templateErrorMessages } from "../data/templateErrorMessages.ts";
import { isRecord } from "../input/isRecord.ts";
import { parseEntity } from "../input/parseEntity.ts";
import type { RenderLanguageOptions } from "../input/RenderLanguageOptions.ts";
import { refuseAsTemplateError } from "../input/refuseAsTemplateError.ts";
import { TemplateError } from "../input/TemplateError.ts";
import { templateErrorCodes } from "../input/templateErrorCodes.ts";
import { nd30Profile } from "../nd30Profile.ts";
import { templateIds } from "../templateIds.ts";
import { formatInteger, romanNumeral } from "../text/formatNumbers.ts";
import { unitInText } from "../text/unitInText.ts";
import { checkNationalSummary } from "./checkNationalSummary.ts";
import { renderTypedDocument } from "./renderTypedDocument.ts";
import type { BodyPart, LandscapeSegment } from "./typedDocument.ts";

/**
 * Options of {@link renderNationalSummary}.
 *
 * @example
 * ```ts
 * const options: RenderNationalSummaryOptions = {
 *   meta: sampleNationalSummaryMeta2020,
 *   generatedAt: "2020-11-20T09:00:00+07:00",
 * };
 * ```
 */
export interface RenderNationalSummaryOptions extends RenderLanguageOptions, ElectronicSignatureOptions {
  /**
   * The report's own fields (number, date, issuer, signer, «Kính gửi», introduction, assessment, proposals…), checked
   * with `validateNationalSummaryMeta`.
   */
  readonly meta: NationalSummaryMetaInput | NationalSummaryMeta;
  /** The instant recorded as the document's creation time; the report's own date when absent. */
  readonly generatedAt?: Date | string;
}

const { columns } = documentWording;

/** The measures that count something in this summary: a column each, in the vocabulary's order. */
const countedMeasures = (summary: NationalSummary): Measure[] =>
  measures.filter((measure) => (summary.totals[measure] ?? 0) > 0);

const totalsTable = (summary: NationalSummary) => {
  const { totals } = summary;
  const rows: [string, number][] = [
    ...countedMeasures(summary).map((measure): [string, number] => [labelOf("measure", measure), totals[measure]]),
    [summaryWording.totals.examples, totals.examples],
    [summaryWording.totals.collectives, totals.collectives],
    [summaryWording.totals.individuals, totals.individuals],
    [summaryWording.totals.budgetSpent, totals.budgetSpent],
  ];
  return dataTable({
    columns: [
      { header: columns.number, weight: 8, align: "center" },
      { header: columns.measure, weight: 67 },
      { header: columns.total, weight: 25, align: "right" },
    ],
    rows: rows.map(([label, value], index) => [String(index + 1), label, formatInteger(value)]),
  });
};

const provincesTable = (summary: NationalSummary) => {
  const counted = countedMeasures(summary);
  const tableColumns: TableColumn[] = [
    { header: columns.number, weight: 5, align: "center" },
    { header: summaryWording.units[summary.level].column, weight: 12 },
    { header: columns.submittedOn, weight: 11, align: "center" },
    { header: columns.daysLate, weight: 8, align: "center" },
    ...counted.map((measure): TableColumn => ({ header: labelOf("measure", measure), weight: 8, align: "right" })),
    { header: columns.examples, weight: 7, align: "right" },
    { header: columns.collectives, weight: 7, align: "right" },
    { header: columns.individuals, weight: 7, align: "right" },
    { header: columns.budgetSpent, weight: 11, align: "right" },
  ];
  const { totals } = summary;
  const rows: TableCellInput[][] =
    summary.rows.length === 0
      ? [
          [
            {
              text: summaryWording.noReports,
              columnSpan: tableColumns.length,
              align: "center",
            },
          ],
        ]
      : [
          ...summary.rows.map((row, index) => [
            String(index + 1),
            row.name,
            formatShortDate(row.submittedOn),
            row.daysLate > 0 ? String(row.daysLate) : "",
            ...counted.map((measure) => formatInteger(row.measures[measure] ?? 0)),
            formatInteger(row.examples),
            formatInteger(row.commendations.collectives),
            formatInteger(row.commendations.individuals),
            formatInteger(row.budgetSpent),
          ]),
          [
            { text: documentWording.totalRow, bold: true, align: "center", columnSpan: 4 },
            ...[
              ...counted.map((measure) => totals[measure]),
              totals.examples,
              totals.collectives,
              totals.individuals,
              totals.budgetSpent,
            ].map((value) => ({ text: formatInteger(value), bold: true })),
          ],
        ];
  return dataTable({
    columns: tableColumns,
    rows,
    width: nd30Profile.table.landscapeTextWidth.value,
    size: nd30Profile.table.wideSize.value,
  });
};

/**
 * The per-province table on landscape pages of the body, under its title. Decree 30 allows a landscape page only for
 * tables and charts not made into an appendix (Phụ lục I, Phần I, mục I), so the table stays in the report's body
 * rather than in a «Phụ lục», and its pages go on with the report's numbering.
 */
const provincesSegment = (summary: NationalSummary, meta: NationalSummaryMeta): LandscapeSegment => ({
  landscape: [
    ...structuredBody([
      {
        type: "centred",
        text: summaryWording.provincesTitle(meta.year, summaryWording.units[summary.level].plural),
        bold: true,
      },
    ]),
    provincesTable(summary),
  ],
});

const summaryBody = (summary: NationalSummary, meta: NationalSummaryMeta): BodyPart[] => {
  const out: BodyPart[] = [...structuredBody(meta.introduction.map((text) => ({ type: "paragraph", text })))];
  let section = 0;
  const heading = (title: string) => structuredBody([{ type: "section", label: `${romanNumeral(++section)}.`, title }]);
  const asOf = formatShortDate(meta.asOf ?? meta.date);
  const units = summaryWording.units[summary.level];
  const names = new Map(summary.rows.map((row) => [row.commune ?? row.district ?? row.province, row.name]));
  const late = summary.late.map((entry) => {
    const unit = entry.commune ?? entry.district ?? entry.province;
    return summaryWording.lateEntry(unitInText(names.get(unit) ?? unit), entry.daysLate);
  });

  out.push(
    ...heading(summaryWording.headings.reporting),
    ...structuredBody([
      {
        type: "clause",
        label: "1.",
        text: summaryWording.received(asOf, meta.issuerName, summary.rows.length, summary.expected, units.expected),
      },
      {
        type: "clause",
        label: "2.",
        text: late.length === 0 ? summaryWording.allOnTime : summaryWording.late(late.length, late.join("; ")),
      },
      ...(summary.missing.length === 0
        ? []
        : [
            {
              type: "clause",
              label: "3.",
              text: summaryWording.missing(
                summary.missing.length,
                summary.missing.map((entry) => unitInText(entry.name)).join(", "),
              ),
            } as const,
          ]),
    ]),
    ...heading(summaryWording.headings.results),
    ...structuredBody([
      {
        type: "paragraph",
        text: summaryWording.totalsLead,
      },
    ]),
    totalsTable(summary),
    ...structuredBody([
      {
        type: "paragraph",
        text: `(${documentWording.amountInWords}${moneyInWords(summary.totals.budgetSpent)})`,
        italics: true,
      },
      { type: "paragraph", text: summaryWording.provincesLead(units.plural) },
    ]),
    provincesSegment(summary, meta),
  );
  if (meta.assessment.length > 0) {
    out.push(
      ...heading(summaryWording.headings.assessment),
      ...structuredBody(meta.assessment.map((text) => ({ type: "paragraph", text }))),
    );
  }
  if (meta.proposals.length > 0) out.push(...heading(summaryWording.headings.proposals), ...bulletList(meta.proposals));
  return out;
};

/**
 * Lays out the Ministry's báo cáo tổng hợp of a year's Week from a {@link NationalSummary} (what
 * `summarizeReports` returns) and the report's own fields: header, «BÁO CÁO» and its trích yếu, «Kính gửi»,
 * the introduction, «I. TÌNH HÌNH BÁO CÁO …» (how many provinces reported, who was late and by how many days,
 * who has not reported), «II. KẾT QUẢ …» (the national totals as a table, money in words), the assessment and
 * proposals, the signature and «Nơi nhận». Within «II», on landscape pages of the body numbered on with the rest,
 * a table with one row per province and a total row (a column for each measure that counts anything): Decree 30
 * allows landscape pages only for tables not made into an appendix (Phụ lục I, Phần I, mục I), so the table is in
 * the body, not in a «Phụ lục».
 *
 * `options.meta` is checked with `validateNationalSummaryMeta`; the summary must be of `meta.year`. Invalid input, or
 * no `meta`, is refused with a {@link TemplateError}; a character XML cannot carry is refused naming the field. The
 * call `renderNationalSummary(summary, meta, options)` of earlier versions still works, deprecated.
 *
 * @example
 * ```ts
 * import { directive2020, sampleNationalSummaryMeta2020, sampleReport2020, summarizeReports } from "@xhht/domain";
 * import { renderNationalSummary } from "@xhht/templates";
 *
 * const summary = summarizeReports([sampleReport2020], { year: 2020, directive: directive2020 });
 * const bytes = await renderNationalSummary(summary, { meta: sampleNationalSummaryMeta2020 });
 * ```
 */
export const renderNationalSummary: {
  (summary: NationalSummary, options: RenderNationalSummaryOptions): Promise<Uint8Array<ArrayBuffer>>;
  /**
   * @deprecated Give the report's fields as an option: `renderNationalSummary(summary, { meta, ...options })`.
   */
  (
    summary: NationalSummary,
    meta: NationalSummaryMetaInput | NationalSummaryMeta,
    options?: Omit<RenderNationalSummaryOptions, "meta">,
  ): Promise<Uint8Array<ArrayBuffer>>;
} = (summary: NationalSummary, second?: unknown, third?: unknown): Promise<Uint8Array<ArrayBuffer>> =>
  refuseAsTemplateError(templateErrorMessages.inputNames.nationalSummary, async () => {
    // The deprecated call gives the meta itself, which has a `schemaVersion` (required) and no `meta`.
    const deprecated = third !== undefined || (isRecord(second) && !("meta" in second) && "schemaVersion" in second);
    let meta: unknown;
    let options: Omit<RenderNationalSummaryOptions, "meta">;
    if (deprecated) [meta, options] = [second, (third ?? {}) as typeof options];
    else ({ meta, ...options } = (second ?? {}) as RenderNationalSummaryOptions);
    if (meta === undefined) {
      throw new TemplateError(templateErrorCodes.invalidInput, templateErrorMessages.summaryMetaMissing);
    }
    const parsed = parseEntity(meta, templateErrorMessages.inputNames.nationalSummaryMeta, (input) =>
      validateNationalSummaryMeta(input, options),
    );
    const checked = checkNationalSummary(summary, parsed, options);
    return renderTypedDocument(templateIds.nationalSummary, options, {
      fields: parsed,
      what: templateErrorMessages.inputNames.nationalSummaryMeta,
      typeName: documentWording.typeNames.report,
      subject: parsed.subject,
      recipients: parsed.recipients,
      body: summaryBody(checked, parsed),
    });
  });
