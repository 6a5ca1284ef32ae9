import { dayOfWeek } from "../dayOfWeek.ts";
import type { IsoDate } from "../IsoDate.ts";

/**
 * The SDK's default for the day next to 2 September (Bộ luật Lao động 2019, Điều 112.1.đ) in a year no decision
 * covers yet: 3 September when 2 September is a Thursday (it joins the weekend), a Monday (1/9 is a Sunday) or a
 * Sunday (3/9 is the Monday); 1 September otherwise. The rule reproduces every decision of 2021-2026 and never
 * lands on a weekend; a result of it is provisional until the Prime Minister decides.
 *
 * @example
 * ```ts
 * provisionalNationalDayAdjacent(2024); // "2024-09-03" (2/9 a Monday)
 * provisionalNationalDayAdjacent(2025); // "2025-09-01" (2/9 a Tuesday)
 * ```
 */
export const provisionalNationalDayAdjacent = (year: number): IsoDate => {
  const weekday = dayOfWeek(`${year}-09-02`);
  return `${year}-09-0${weekday === 0 || weekday === 1 || weekday === 4 ? 3 : 1}` as IsoDate;
};
