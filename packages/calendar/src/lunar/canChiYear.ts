import { CalendarError } from "../CalendarError.ts";
import { calendarErrorCodes } from "../calendarErrorCodes.ts";
import { describeValue } from "../describeValue.ts";
import { isWholeIn } from "../isWholeIn.ts";
import { canChiNames } from "./data/canChiNames.ts";

/**
 * The can chi name of lunar year `year` (the lunar year that begins at the Tết of that Gregorian year): a heavenly
 * stem and an earthly branch, e.g. «Canh Tý» for 2020, «Bính Ngọ» for 2026. The fourth branch is written «Mão», not
 * the variant «Mẹo». A date in January or early February before Tết belongs to the previous lunar year: name it with
 * `canChiYear(toLunar(date).year)`, or use {@link formatLunarDate}.
 * Throws a {@link CalendarError} `calendar.invalid-year` for a year that is not a whole number from 1 to 9999.
 *
 * @example
 * ```ts
 * canChiYear(2020); // "Canh Tý"
 * canChiYear(2026); // "Bính Ngọ"
 * canChiYear(2023); // "Quý Mão"
 * canChiYear(toLunar("2026-02-16").year); // "Ất Tỵ": the eve of Tết Bính Ngọ
 * ```
 */
export const canChiYear = (year: number): string => {
  if (!isWholeIn(year, 1, 9999)) {
    throw new CalendarError(
      calendarErrorCodes.invalidYear,
      `${describeValue(year)} is not a year: pass a whole year from 1 to 9999, e.g. canChiYear(2026)`,
    );
  }
  // Indexing the table directly (no destructuring at module level) keeps it tree-shakeable.
  return `${canChiNames.stems[(year + 6) % 10] as string} ${canChiNames.branches[(year + 8) % 12] as string}`;
};
