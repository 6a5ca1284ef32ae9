import { join, relative, resolve } from "node:path";
import type { CliContext } from "../CliContext.ts";
import { type ExitCode, exitCodes } from "../exitCodes.ts";
import { prepareOutputFolder } from "../output/prepareOutputFolder.ts";
import { say, writeOutputs } from "./common.ts";

/**
 * `xhht demo [-o folder]`: the 2020 letter (Công văn 3589/BGDĐT-GDTX, as the SDK holds it) and the Week's documents
 * made from the SDK's built-in SAMPLE data (plan, report, invitation, committee decision, submission of the budget
 * estimate, forwarding letter, national summary), their file names starting with `SAMPLE-`; and the 2020 timeline. Writes
 * into `./out` of the directory the command was started from (`INIT_CWD` when run by a package manager).
 */
export const demoCommand = async (
  context: CliContext,
  options: { readonly out?: string; readonly force?: boolean },
): Promise<ExitCode> => {
  const { t, lang } = context;
  const folder =
    options.out === undefined ? resolve(context.env.INIT_CWD ?? context.cwd, "out") : resolve(context.cwd, options.out);
  await prepareOutputFolder(context, folder, options.out ?? folder, { create: true });
  const [calendar, domain, templates] = await Promise.all([
    import("@xhht/calendar"),
    import("@xhht/domain"),
    import("@xhht/templates"),
  ]);
  const directive = domain.directive2020;
  const translate = domain.createTranslator({ lang });
  const summary = domain.summarizeReports([domain.sampleReport2020], { year: 2020, directive, lang });
  const documents: {
    file: string;
    sample: boolean;
    what: Parameters<typeof t>[0];
    render: () => Promise<Uint8Array>;
  }[] = [
    {
      file: "3589-BGDDT-GDTX-2020.docx",
      sample: false,
      what: "demo.letter",
      render: () => templates.renderOfficialLetter(directive.letter),
    },
    {
      file: "SAMPLE-2020-forwarding-letter.docx",
      sample: true,
      what: "demo.forwarding",
      render: () => templates.renderForwardingLetter(domain.sampleForwardingRequest2020, { directive }),
    },
    {
      file: "SAMPLE-2020-committee-decision.docx",
      sample: true,
      what: "demo.decision",
      render: () => templates.renderCommitteeDecision(domain.sampleCommitteeDecision2020),
    },
    {
      file: "SAMPLE-2020-plan.docx",
      sample: true,
      what: "demo.plan",
      render: () => templates.renderPlan(domain.samplePlan2020, { directive }),
    },
    {
      file: "SAMPLE-2020-submission.docx",
      sample: true,
      what: "demo.submission",
      render: () => templates.renderSubmission(domain.sampleSubmission2020),
    },
    {
      file: "SAMPLE-2020-invitation.docx",
      sample: true,
      what: "demo.invitation",
      render: () => templates.renderInvitation(domain.sampleInvitation2020),
    },
    {
      file: "SAMPLE-2020-report.docx",
      sample: true,
      what: "demo.report",
      render: () => templates.renderReport(domain.sampleReport2020, { directive }),
    },
    {
      file: "SAMPLE-2020-national-summary.docx",
      sample: true,
      what: "demo.summary",
      render: () => templates.renderNationalSummary(summary, { meta: domain.sampleNationalSummaryMeta2020 }),
    },
  ];
  say(context, t("demo.title", { year: directive.year, theme: directive.theme }));
  say(
    context,
    t("demo.letter-line", {
      number: directive.letter.number,
      symbol: directive.letter.symbol,
      dateLine: calendar.formatDateLine(directive.letter.place, directive.letter.date),
    }),
  );
  for (const milestone of calendar.weekMilestones(directive.year)) {
    if (milestone.kind === "weekDay") continue;
    const date = `${calendar.formatWeekday(milestone.date, lang)}, ${calendar.formatShortDate(milestone.date)}`;
    say(context, `  ${date}: ${translate(milestone.label, milestone.params)}`);
  }
  say(context);
  const shown = relative(context.env.INIT_CWD ?? context.cwd, folder);
  say(context, t("demo.written", { folder: shown.startsWith("..") ? folder : shown || "." }));
  const width = Math.max(...documents.map((document) => document.file.length));
  const files: { file: string; bytes: Uint8Array }[] = [];
  for (const document of documents) files.push({ file: join(folder, document.file), bytes: await document.render() });
  await writeOutputs(context, files, { force: options.force });
  for (const document of documents) {
    const mark = document.sample ? t("demo.sample-mark") : t("demo.real-mark");
    say(context, `  ${document.file.padEnd(width)}  ${mark} ${t(document.what)}`);
  }
  say(context);
  say(context, t("demo.sample-note"));
  return exitCodes.ok;
};
