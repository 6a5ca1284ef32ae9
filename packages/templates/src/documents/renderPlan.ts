import { lifelongLearningWeek } from "@xhht/calendar";
import {
  type DirectiveTerms,
  labelOf,
  moneyInWords,
  type ProvincialPlan,
  type ProvincialPlanInput,
  validatePlan,
} from "@xhht/domain";
import type { FileChild } from "docx";
import { dataTable } from "../blocks/dataTable.ts";
import type { ElectronicSignatureOptions } from "../blocks/electronicSignature.ts";
import { estimateBlocks } from "../blocks/estimateBlocks.ts";
import { bulletList, type StructuredBlock, structuredBody } from "../blocks/structuredBody.ts";
import { documentWording } from "../data/documentWording.ts";
import { planWording } from "../data/planWording.ts";
import { templateErrorMessages } from "../data/templateErrorMessages.ts";
import { parseDirectiveTermsOption } from "../input/parseDirectiveTermsOption.ts";
import { parseEntity } from "../input/parseEntity.ts";
import type { RenderLanguageOptions } from "../input/RenderLanguageOptions.ts";
import { refuseAsTemplateError } from "../input/refuseAsTemplateError.ts";
import { templateIds } from "../templateIds.ts";
import { dateRange } from "../text/dateText.ts";
import { formatInteger, romanNumeral } from "../text/formatNumbers.ts";
import { inSentence } from "../text/inSentence.ts";
import { renderTypedDocument } from "./renderTypedDocument.ts";
import type { AppendixContent } from "./typedDocument.ts";

/**
 * Options of {@link renderPlan}.
 *
 * @example
 * ```ts
 * const options: RenderPlanOptions = { directive: directive2020, generatedAt: "2020-09-22" };
 * ```
 */
export interface RenderPlanOptions extends RenderLanguageOptions, ElectronicSignatureOptions {
  /** The instant recorded as the document's creation time; the plan's own date when absent. */
  readonly generatedAt?: Date | string;
  /** The year's directive: the plan is checked against it, and its Week and theme are printed. */
  readonly directive?: DirectiveTerms;
}

const { columns } = documentWording;

/** The plan's dự toán as its appendix: «Phụ lục» / «DỰ TOÁN KINH PHÍ …» / «(Kèm theo Kế hoạch số …)». */
const estimateAppendices = (plan: ProvincialPlan): AppendixContent[] =>
  plan.budgetEstimate === undefined
    ? []
    : [
        {
          label: documentWording.appendix,
          title: `${documentWording.estimateTitle} ${plan.budgetEstimate.subject ?? plan.subject}`,
          children: estimateBlocks(plan.budgetEstimate),
        },
      ];

/** The Week the plan is for: the directive's when it is that year's, the calendar's otherwise. */
const weekOf = (plan: ProvincialPlan, directive: DirectiveTerms | undefined) =>
  directive?.year === plan.year ? directive.week : lifelongLearningWeek(plan.year);

const activityName = (activity: ProvincialPlan["activities"][number]): string =>
  activity.title ?? labelOf("activity", activity.code);

const timetable = (plan: ProvincialPlan) =>
  dataTable({
    columns: [
      { header: columns.number, weight: 7, align: "center" },
      { header: columns.activity, weight: 23 },
      { header: columns.time, weight: 16, align: "center" },
      { header: columns.places, weight: 19 },
      { header: columns.responsible, weight: 17 },
      { header: columns.audiences, weight: 18 },
    ],
    rows: plan.activities.map((activity, index) => [
      String(index + 1),
      activityName(activity),
      `${dateRange(activity.start, activity.end)}${activity.yearRound ? `\n(${documentWording.yearRound})` : ""}`,
      activity.places.join("\n"),
      activity.responsible.join("\n"),
      activity.audiences.map((audience) => labelOf("audience", audience)).join("\n"),
    ]),
  });

const budgetTable = (plan: ProvincialPlan) => {
  const total = plan.budget.reduce((sum, line) => sum + line.amount, 0);
  return dataTable({
    columns: [
      { header: columns.number, weight: 7, align: "center" },
      { header: columns.item, weight: 47 },
      { header: columns.source, weight: 26 },
      { header: columns.amount, weight: 20, align: "right" },
    ],
    rows: [
      ...plan.budget.map((line, index) => [
        String(index + 1),
        line.item,
        documentWording.fundingSources[line.source],
        formatInteger(line.amount),
      ]),
      [
        { text: documentWording.totalRow, bold: true, align: "center", columnSpan: 3 },
        { text: formatInteger(total), bold: true },
      ],
    ],
  });
};

/** The units responsible, in order of first appearance, each with the activities it leads. */
const dutiesOf = (plan: ProvincialPlan): StructuredBlock[] => {
  const byUnit = new Map<string, string[]>();
  for (const activity of plan.activities) {
    for (const unit of activity.responsible) byUnit.set(unit, [...(byUnit.get(unit) ?? []), activityName(activity)]);
  }
  return [...byUnit].map(([unit, activities], index) => ({
    type: "clause",
    label: `${index + 1}.`,
    text: planWording.leads(unit, activities.map(inSentence).join("; ")),
  }));
};

const planBody = (plan: ProvincialPlan, directive: DirectiveTerms | undefined): FileChild[] => {
  const week = weekOf(plan, directive);
  const theme = directive?.year === plan.year ? directive.theme : undefined;
  const out: FileChild[] = [];
  let section = 0;
  const heading = (title: string) => structuredBody([{ type: "section", label: `${romanNumeral(++section)}.`, title }]);

  if (plan.constraints.length > 0) {
    out.push(...heading(planWording.headings.constraints), ...bulletList(plan.constraints));
  }
  out.push(
    ...heading(planWording.headings.contentAndTime),
    ...structuredBody([
      {
        type: "clause",
        label: "1.",
        text: planWording.time(
          dateRange(week.start, week.start),
          dateRange(week.end, week.end),
          dateRange(week.opening, week.opening),
        ),
      },
      ...(theme === undefined ? [] : [{ type: "clause", label: "2.", text: planWording.theme(theme) } as const]),
      {
        type: "clause",
        label: theme === undefined ? "2." : "3.",
        text: planWording.activities,
      },
    ]),
    timetable(plan),
  );
  if (plan.budget.length > 0) {
    const total = plan.budget.reduce((sum, line) => sum + line.amount, 0);
    out.push(
      ...heading(planWording.headings.budget),
      budgetTable(plan),
      ...structuredBody([
        { type: "paragraph", text: `(${documentWording.amountInWords}${moneyInWords(total)})`, italics: true },
        ...(plan.budgetEstimate === undefined
          ? []
          : [{ type: "paragraph", text: planWording.detailsInAppendix } as const]),
      ]),
    );
  } else if (plan.budgetEstimate !== undefined) {
    const { total } = plan.budgetEstimate;
    out.push(
      ...heading(planWording.headings.budget),
      ...structuredBody([
        {
          type: "paragraph",
          text: planWording.estimateTotal(
            formatInteger(total),
            `${documentWording.amountInWords}${moneyInWords(total)}`,
          ),
        },
      ]),
    );
  }
  out.push(...heading(planWording.headings.implementation), ...structuredBody(dutiesOf(plan)));
  return out;
};

/**
 * Lays out a province's kế hoạch for the Week (Decree 30/2020/NĐ-CP): header, «KẾ HOẠCH» and its trích yếu, the
 * căn cứ in italics, then «I. YÊU CẦU» (the plan's constraints, when it has any), «II. NỘI DUNG VÀ THỜI GIAN»
 * (the Week's dates, the theme when the directive is given, and the activity timetable as a table: activity
 * from the catalogue's name, dates, places, responsible units, audiences), «III. KINH PHÍ» (budget lines, total
 * and «Bằng chữ»), «IV. TỔ CHỨC THỰC HIỆN» (each responsible unit and what it leads), the signature and
 * «Nơi nhận». A plan without a number is a draft: «Số:      /KH-…» and a «DỰ THẢO» mark.
 *
 * A plan with a `budgetEstimate` has it as its appendix, on its own pages numbered from 1 (Phụ lục I, Phần I, mục
 * III.1): «Phụ lục», «DỰ TOÁN KINH PHÍ …» (the estimate's subject, or the plan's), «(Kèm theo Kế hoạch số …/KH-…
 * ngày … của …)», the table of lines, «Bằng chữ: …» and any notes; «III. KINH PHÍ» then says «Chi tiết tại Phụ lục
 * kèm theo Kế hoạch này.» (or, without budget lines, states the estimate's total and refers to the appendix).
 *
 * The plan is checked with `validatePlan` first: an invalid plan is refused with a {@link TemplateError}
 * carrying the validator's issues; a character XML cannot carry is refused naming the field. The same plan and
 * `generatedAt` give the same bytes in any time zone.
 *
 * @example
 * ```ts
 * import { directive2020, samplePlan2020 } from "@xhht/domain";
 * import { renderPlan } from "@xhht/templates";
 *
 * const bytes = await renderPlan(samplePlan2020, { directive: directive2020 });
 * ```
 */
export const renderPlan = (
  plan: ProvincialPlanInput | ProvincialPlan,
  options: RenderPlanOptions = {},
): Promise<Uint8Array<ArrayBuffer>> =>
  refuseAsTemplateError(templateErrorMessages.inputNames.plan, async () => {
    const directive = parseDirectiveTermsOption(options.directive, options);
    const checked = directive === undefined ? options : { ...options, directive };
    const parsed = parseEntity(plan, templateErrorMessages.inputNames.plan, (input) => validatePlan(input, checked));
    return renderTypedDocument(templateIds.plan, options, {
      fields: parsed,
      what: templateErrorMessages.inputNames.plan,
      typeName: documentWording.typeNames.plan,
      subject: parsed.subject,
      legalBases: parsed.legalBases,
      body: planBody(parsed, directive),
      attachment: { typeName: documentWording.attachedTypeNames.plan, issuerName: parsed.issuerName },
      appendices: estimateAppendices(parsed),
    });
  });
