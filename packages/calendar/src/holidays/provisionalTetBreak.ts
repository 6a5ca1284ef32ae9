import { addDays } from "../addDays.ts";
import type { IsoDate } from "../IsoDate.ts";
import { isWeekendDate } from "../isWeekendDate.ts";

/**
 * The SDK's default Tết break for a year no decision covers yet, from the date of the lunar new year (1/1 lunar) and
 * the statutory number of `days`: the three first days of the new year plus `days - 3` days before it, that is the
 * first `days` Monday-to-Friday days on or after the day `days - 3` days before the new year (the last day of the old
 * year for the four days of the 1994 Code, «một ngày cuối năm và ba ngày đầu năm»; 28 or 29 Tết for the five days
 * since 2013), a day that falls on a weekend moving to the next weekday as nghỉ bù would. The break runs from the
 * weekend just before the first of them to the weekend just after the last. The rule reproduces every decision of
 * 2020-2026; a result of it is provisional until the Prime Minister decides.
 *
 * @example
 * ```ts
 * provisionalTetBreak(parseIsoDate("2025-01-29"));
 * // { from: "2025-01-25", to: "2025-02-02", statutoryDays: ["2025-01-27", …, "2025-01-31"] }
 * provisionalTetBreak(parseIsoDate("2024-02-10")).statutoryDays; // 08, 09, 12, 13, 14 February 2024
 * provisionalTetBreak(parseIsoDate("2008-02-07"), 4).statutoryDays; // 06, 07, 08, 11 February 2008
 * ```
 */
export const provisionalTetBreak = (
  newYear: string,
  days = 5,
): { readonly from: IsoDate; readonly to: IsoDate; readonly statutoryDays: readonly IsoDate[] } => {
  const statutoryDays: IsoDate[] = [];
  for (let date = addDays(newYear, Math.min(3 - days, 0)); statutoryDays.length < days; date = addDays(date, 1)) {
    if (!isWeekendDate(date)) statutoryDays.push(date);
  }
  let from = statutoryDays[0] as IsoDate;
  let to = statutoryDays[statutoryDays.length - 1] as IsoDate;
  while (isWeekendDate(addDays(from, -1))) from = addDays(from, -1);
  while (isWeekendDate(addDays(to, 1))) to = addDays(to, 1);
  return { from, to, statutoryDays };
};
