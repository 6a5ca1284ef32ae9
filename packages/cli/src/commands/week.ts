import type { CliContext } from "../CliContext.ts";
import { type ExitCode, exitCodes } from "../exitCodes.ts";
import { checkOutputFile } from "../output/checkOutputFile.ts";
import { type OutputFormat, parseYear, say, sayJson, sdkArgument, writeOutput } from "./common.ts";

/** Options of `xhht week`. */
export interface WeekOptions {
  readonly ics?: string;
  readonly days: "span" | "each";
  readonly format: OutputFormat;
  /** Replace an .ics file that exists with other content. */
  readonly force?: boolean;
}

/**
 * `xhht week <year> [--ics out.ics]`: the Week's timeline (the Ministry's letter, the opening, the seven days, the
 * last day, the report deadline) in the terminal, labelled in the chosen language; or as an iCalendar file.
 */
export const weekCommand = async (context: CliContext, yearText: string, options: WeekOptions): Promise<ExitCode> => {
  const { t, lang } = context;
  const year = parseYear(context, yearText);
  const output = { option: "--ics", extension: ".ics" } as const;
  if (options.ics !== undefined) await checkOutputFile(context, options.ics, [], output);
  const [calendar, domain] = await Promise.all([import("@xhht/calendar"), import("@xhht/domain")]);
  const translate = domain.createTranslator({ lang });
  const milestones = await sdkArgument(context, () => calendar.weekMilestones(year));
  if (options.ics !== undefined) {
    const ics = calendar.weekToICalendar(milestones, {
      translate: (label, params) => translate(label, params),
      calendarName: translate("milestone.week", { year }),
      days: options.days,
    });
    const written = await writeOutput(context, options.ics, ics, { force: options.force, option: output.option });
    const events = ics.split("BEGIN:VEVENT").length - 1;
    say(
      context,
      written.status === "unchanged"
        ? `✔ ${t("output.unchanged", { file: options.ics })}`
        : t("week.ics-written", { file: options.ics, path: written.path, events }),
    );
    return exitCodes.ok;
  }
  const rows = milestones.map((milestone) => ({
    ...milestone,
    text: translate(milestone.label, milestone.params),
    weekday: calendar.formatWeekday(milestone.date, lang),
  }));
  if (options.format === "json") {
    sayJson(context, rows);
    return exitCodes.ok;
  }
  say(context, translate("milestone.week", { year }));
  for (const row of rows) {
    const flag = row.provisional ? ` ${t("week.provisional")}` : "";
    say(
      context,
      `  ${calendar.formatShortDate(row.date)}  ${row.weekday.padEnd(lang === "en" ? 9 : 8)}  ${row.text}${flag}`,
    );
  }
  const sources = [...new Set(rows.map((row) => row.source).filter((source) => source !== undefined))];
  for (const source of sources) say(context, `  ${t("week.source", { source })}`);
  if (rows.some((row) => row.provisional)) say(context, `  ${t("week.provisional.note")}`);
  return exitCodes.ok;
};
