import { addDays } from "../addDays.ts";
import { dayOfWeek } from "../dayOfWeek.ts";
import type { IsoDate } from "../IsoDate.ts";

const isWeekend = (date: string) => {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
};

/**
 * The SDK's default Tết break for a year no decision covers yet, from the date of the lunar new year (1/1 lunar):
 * the `days` statutory days (5) are the first Monday-to-Friday days on or after the second day before the new year
 * (28 or 29 Tết), and the break runs from the weekend just before the first of them to the weekend just after the
 * last. The rule reproduces every decision of 2020-2026; a result of it is provisional until the Prime Minister
 * decides.
 *
 * @example
 * ```ts
 * provisionalTetBreak(parseIsoDate("2025-01-29"));
 * // { from: "2025-01-25", to: "2025-02-02", statutoryDays: ["2025-01-27", …, "2025-01-31"] }
 * provisionalTetBreak(parseIsoDate("2024-02-10")).statutoryDays; // 08, 09, 12, 13, 14 February 2024
 * ```
 */
export const provisionalTetBreak = (
  newYear: string,
  days = 5,
): { readonly from: IsoDate; readonly to: IsoDate; readonly statutoryDays: readonly IsoDate[] } => {
  const statutoryDays: IsoDate[] = [];
  for (let date = addDays(newYear, -2); statutoryDays.length < days; date = addDays(date, 1)) {
    if (!isWeekend(date)) statutoryDays.push(date);
  }
  let from = statutoryDays[0] as IsoDate;
  let to = statutoryDays[statutoryDays.length - 1] as IsoDate;
  while (isWeekend(addDays(from, -1))) from = addDays(from, -1);
  while (isWeekend(addDays(to, 1))) to = addDays(to, 1);
  return { from, to, statutoryDays };
};
