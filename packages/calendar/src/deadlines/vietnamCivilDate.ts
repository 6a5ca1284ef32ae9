import { CalendarError } from "../CalendarError.ts";
import { calendarErrorCodes } from "../calendarErrorCodes.ts";
import { fromDayNumber } from "../fromDayNumber.ts";
import type { IsoDate } from "../IsoDate.ts";
import { isIsoDate } from "../isIsoDate.ts";
import { toDayNumber } from "../toDayNumber.ts";

const dayMs = 86_400_000;
const vietnamOffsetMs = 7 * 3_600_000;
const withOffset =
  /^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;
const withoutOffset = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;

const invalid = (value: string) =>
  new CalendarError(
    calendarErrorCodes.invalidInstant,
    `${JSON.stringify(value)} is not a moment: write an ISO 8601 date and time with its offset, e.g. "2020-10-30T16:30:00+07:00" or "2020-10-30T09:30:00Z"`,
  );

const instantMs = (value: string): number => {
  const match = withOffset.exec(value);
  if (!match) {
    if (withoutOffset.test(value)) {
      const example = value.length === 10 ? `${value}T00:00:00` : value.replace(" ", "T");
      throw new CalendarError(
        calendarErrorCodes.ambiguousInstant,
        `${JSON.stringify(value)} has no UTC offset, so the moment it names depends on the host's time zone: add an offset, «+07:00» for Vietnamese time or «Z» for UTC, e.g. "${example}+07:00"`,
      );
    }
    throw invalid(value);
  }
  const [, date, hours, minutes, seconds = "0", fraction = "", zulu, sign, offsetHours = "0", offsetMinutes = "0"] =
    match as unknown as [string, string, string, string, string?, string?, string?, string?, string?, string?];
  if (!isIsoDate(date) || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) throw invalid(value);
  if (Number(offsetHours) > 23 || Number(offsetMinutes) > 59) throw invalid(value);
  const offsetMs = zulu ? 0 : (sign === "-" ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes)) * 60_000;
  const timeMs =
    ((Number(hours) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000 +
    Math.floor(Number(`0.${fraction || "0"}`) * 1000);
  return toDayNumber(date) * dayMs + timeMs - offsetMs;
};

/**
 * The civil date in Vietnam (`Asia/Ho_Chi_Minh`, UTC+7, no daylight saving) of an instant: a `Date`, or an ISO 8601
 * string with a date, a time and an offset («Z», «+07:00», «-05:00»). The arithmetic is on the UTC instant plus
 * seven hours, exact and independent of the host's time zone.
 * Throws a {@link CalendarError} `calendar.ambiguous-instant` for a string without an offset (its moment would
 * depend on the host's zone: add «+07:00» or «Z»), `calendar.invalid-instant` for an invalid `Date` or a string that
 * is not an instant, and `calendar.date-out-of-range` outside years 1-9999.
 *
 * @example
 * ```ts
 * vietnamCivilDate("2020-10-29T23:30:00Z");      // "2020-10-30": 06:30 in Hà Nội
 * vietnamCivilDate("2020-10-30T16:59:59Z");      // "2020-10-30": 23:59:59 in Hà Nội
 * vietnamCivilDate(new Date("2020-10-30T17:00:00Z")); // "2020-10-31"
 * vietnamCivilDate("2020-10-30T17:00:00");       // throws calendar.ambiguous-instant
 * ```
 */
export const vietnamCivilDate = (instant: Date | string): IsoDate => {
  let ms: number;
  if (instant instanceof Date) {
    ms = instant.getTime();
    if (Number.isNaN(ms)) {
      throw new CalendarError(
        calendarErrorCodes.invalidInstant,
        'the Date given is invalid (its time is NaN): pass a valid Date or an ISO 8601 string with an offset, e.g. "2020-10-30T16:30:00+07:00"',
      );
    }
  } else if (typeof instant === "string") {
    ms = instantMs(instant);
  } else {
    throw invalid(String(instant));
  }
  return fromDayNumber(Math.floor((ms + vietnamOffsetMs) / dayMs));
};
