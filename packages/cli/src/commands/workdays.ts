import type { CliContext } from "../CliContext.ts";
import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import { type ExitCode, exitCodes } from "../exitCodes.ts";
import { type OutputFormat, say, sayJson, sdkArgument } from "./common.ts";

/**
 * `xhht workdays <from> <to>`: the working days from one date to another, `from` excluded and `to` included (the
 * count a Civil Code time limit in working days steps on), holidays and nghỉ bù accounted for.
 */
export const workdaysCommand = async (
  context: CliContext,
  from: string,
  to: string,
  options: { readonly format: OutputFormat },
): Promise<ExitCode> => {
  const { t, lang } = context;
  const calendar = await import("@xhht/calendar");
  for (const [name, value] of [
    ["from", from],
    ["to", to],
  ] as const) {
    if (!calendar.isIsoDate(value)) {
      throw new CliError(cliErrorCodes.usage, t("usage.date", { name, value }), { hint: t("usage.date.hint") });
    }
  }
  const count = await sdkArgument(context, () => calendar.workingDaysBetween(from, to));
  const [first, last] = from <= to ? [from, to] : [to, from];
  const holidays = new Map<string, string>();
  const domain = await import("@xhht/domain");
  const translate = domain.createTranslator({ lang });
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) {
    for (const day of calendar.publicHolidays(year)) {
      if (day.date > first && day.date <= last) holidays.set(day.date, translate(day.name));
    }
  }
  if (options.format === "json") {
    sayJson(context, { from, to, workingDays: count, holidays: Object.fromEntries(holidays) });
    return exitCodes.ok;
  }
  say(
    context,
    t("workdays.result", {
      count,
      from: `${calendar.formatWeekday(from, lang)} ${calendar.formatShortDate(from)}`,
      to: `${calendar.formatWeekday(to, lang)} ${calendar.formatShortDate(to)}`,
    }),
  );
  say(context, `  ${t("workdays.rule")}`);
  for (const [date, name] of holidays)
    say(context, `  ${t("workdays.holiday", { date: calendar.formatShortDate(date), name })}`);
  return exitCodes.ok;
};
