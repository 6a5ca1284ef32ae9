import { CalendarError } from "./CalendarError.ts";
import { calendarErrorCodes } from "./calendarErrorCodes.ts";
import { describeValue } from "./describeValue.ts";
import type { IsoDate } from "./IsoDate.ts";
import { isIsoDate } from "./isIsoDate.ts";

/**
 * Checks that `value` is a real civil date `YYYY-MM-DD` and returns it as an {@link IsoDate}.
 * Throws a {@link CalendarError} (`calendar.invalid-date`) that names the value otherwise.
 *
 * @example
 * ```ts
 * const opening = parseIsoDate("2020-10-01");
 * parseIsoDate("2020-02-30"); // throws CalendarError: "2020-02-30" is not a date …
 * ```
 */
export const parseIsoDate = (value: string): IsoDate => {
  if (isIsoDate(value)) return value;
  throw new CalendarError(
    calendarErrorCodes.invalidDate,
    `${describeValue(value)} is not a date: write a real calendar day as YYYY-MM-DD, e.g. "2020-10-01"`,
  );
};
