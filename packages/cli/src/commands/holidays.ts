import type { CliContext } from "../CliContext.ts";
import { type ExitCode, exitCodes } from "../exitCodes.ts";
import { type OutputFormat, parseYear, say, sayJson, sdkArgument } from "./common.ts";

/**
 * `xhht holidays <year>`: the year's days off (statutory, compensatory nghỉ bù, decreed) and the weekend days
 * worked in exchange, with where each comes from.
 */
export const holidaysCommand = async (
  context: CliContext,
  yearText: string,
  options: { readonly format: OutputFormat },
): Promise<ExitCode> => {
  const { t, lang } = context;
  const year = parseYear(context, yearText);
  const [calendar, domain] = await Promise.all([import("@xhht/calendar"), import("@xhht/domain")]);
  const translate = domain.createTranslator({ lang });
  const [holidays, makeUp] = await sdkArgument(
    context,
    () => [calendar.publicHolidays(year), calendar.makeUpWorkingDays(year)] as const,
  );
  const days = holidays.map((holiday) => ({ ...holiday, label: translate(holiday.name) }));
  const worked = makeUp.map((day) => ({ ...day, label: translate(day.name) }));
  if (options.format === "json") {
    sayJson(context, { year, holidays: days, makeUpWorkingDays: worked });
    return exitCodes.ok;
  }
  say(context, t("holidays.title", { year, count: days.length }));
  for (const day of days) {
    const flags = [
      t(`holidays.kind.${day.kind}`),
      ...(day.provisional ? [t("holidays.provisional")] : []),
      ...(day.unconfirmed ? [t("holidays.unconfirmed")] : []),
    ];
    say(
      context,
      `  ${calendar.formatShortDate(day.date)}  ${calendar.formatWeekday(day.date, lang).padEnd(9)}  ${day.label} (${flags.join(", ")})`,
    );
  }
  if (worked.length > 0) {
    say(context, t("holidays.make-up", { count: worked.length }));
    for (const day of worked) {
      say(
        context,
        `  ${calendar.formatShortDate(day.date)}  ${calendar.formatWeekday(day.date, lang).padEnd(9)}  ${t("holidays.replaces", { date: calendar.formatShortDate(day.replaces), name: day.label })}`,
      );
    }
  }
  const sources = [...new Set([...days, ...worked].map((day) => day.source))];
  for (const source of sources) say(context, `  ${t("week.source", { source })}`);
  return exitCodes.ok;
};
