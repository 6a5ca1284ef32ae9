import { join, relative, resolve } from "node:path";
import type { CliContext } from "../CliContext.ts";
import { type ExitCode, exitCodes } from "../exitCodes.ts";
import type { CliMessageKey } from "../locales/vi.ts";
import { prepareOutputFolder } from "../output/prepareOutputFolder.ts";
import { say, writeOutputs } from "./common.ts";

type Calendar = typeof import("@xhht/calendar");
type Domain = typeof import("@xhht/domain");
type Templates = typeof import("@xhht/templates");

/** A document `xhht demo` writes: its file name, whether it is made from SAMPLE data, and what it is. */
interface DemoDocument {
  readonly file: string;
  readonly sample: boolean;
  readonly what: CliMessageKey;
  readonly render: () => Promise<Uint8Array>;
}

/** A document made from the SDK's SAMPLE data: `SAMPLE-2020-<name>.docx`. */
const sample = (name: string, what: CliMessageKey, render: () => Promise<Uint8Array>): DemoDocument => ({
  file: `SAMPLE-2020-${name}.docx`,
  sample: true,
  what,
  render,
});

/** The 2020 letter, then the Week's documents made from the SDK's SAMPLE data. */
const demoDocuments = (domain: Domain, templates: Templates, lang: CliContext["lang"]): DemoDocument[] => {
  const directive = domain.directive2020;
  const summary = domain.summarizeReports([domain.sampleReport2020], { year: 2020, directive, lang });
  return [
    {
      file: "3589-BGDDT-GDTX-2020.docx",
      sample: false,
      what: "demo.letter",
      render: () => templates.renderOfficialLetter(directive.letter),
    },
    sample("forwarding-letter", "demo.forwarding", () =>
      templates.renderForwardingLetter(domain.sampleForwardingRequest2020, { directive }),
    ),
    sample("committee-decision", "demo.decision", () =>
      templates.renderCommitteeDecision(domain.sampleCommitteeDecision2020),
    ),
    sample("plan", "demo.plan", () => templates.renderPlan(domain.samplePlan2020, { directive })),
    sample("submission", "demo.submission", () => templates.renderSubmission(domain.sampleSubmission2020)),
    sample("invitation", "demo.invitation", () => templates.renderInvitation(domain.sampleInvitation2020)),
    sample("report", "demo.report", () => templates.renderReport(domain.sampleReport2020, { directive })),
    sample("national-summary", "demo.summary", () =>
      templates.renderNationalSummary(summary, { meta: domain.sampleNationalSummaryMeta2020 }),
    ),
  ];
};

/** The 2020 Week's title, its letter, and its milestones (the days of the Week left out). */
const printTimeline = (context: CliContext, calendar: Calendar, domain: Domain) => {
  const { t, lang } = context;
  const directive = domain.directive2020;
  const translate = domain.createTranslator({ lang });
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
};

/**
 * `xhht demo [-o folder]`: the 2020 letter (Công văn 3589/BGDĐT-GDTX, as the SDK holds it) and the Week's documents
 * made from the SDK's built-in SAMPLE data (plan, report, invitation, committee decision, submission of the budget
 * estimate, forwarding letter, national summary), their file names starting with `SAMPLE-`; and the 2020 timeline. Writes
 * into `./out` of the directory the command was started from (`INIT_CWD` when run by a package manager).
 */
export const demoCommand = async (
  context: CliContext,
  options: { readonly out?: string; readonly force?: boolean; readonly outOption?: string },
): Promise<ExitCode> => {
  const { t, lang } = context;
  const folder =
    options.out === undefined ? resolve(context.env.INIT_CWD ?? context.cwd, "out") : resolve(context.cwd, options.out);
  const option = options.outOption ?? "-o";
  await prepareOutputFolder(context, folder, options.out ?? folder, { create: true, option });
  const [calendar, domain, templates] = await Promise.all([
    import("@xhht/calendar"),
    import("@xhht/domain"),
    import("@xhht/templates"),
  ]);
  const documents = demoDocuments(domain, templates, lang);
  printTimeline(context, calendar, domain);
  const shown = relative(context.env.INIT_CWD ?? context.cwd, folder);
  say(context, t("demo.written", { folder: shown.startsWith("..") ? folder : shown || "." }));
  const width = Math.max(...documents.map((document) => document.file.length));
  const files: { file: string; bytes: Uint8Array }[] = [];
  for (const document of documents) files.push({ file: join(folder, document.file), bytes: await document.render() });
  await writeOutputs(context, files, { force: options.force, option });
  for (const document of documents) {
    const mark = document.sample ? t("demo.sample-mark") : t("demo.real-mark");
    say(context, `  ${document.file.padEnd(width)}  ${mark} ${t(document.what)}`);
  }
  say(context);
  say(context, t("demo.sample-note"));
  return exitCodes.ok;
};
