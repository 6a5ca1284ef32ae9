import { UTCDateMini } from "@date-fns/utc/date/mini";
import { calendarErrorCodes } from "../calendarErrorCodes.ts";
import { describeValue } from "../describeValue.ts";
import { isIsoDate } from "../isIsoDate.ts";
import { toDayNumber } from "../toDayNumber.ts";
import { fromUtcDate } from "../utcDate.ts";
import type { InstantReading } from "./InstantReading.ts";
import { instantPattern } from "./instantPattern.ts";

const dayMs = 86_400_000;
const vietnamOffsetMs = 7 * 3_600_000;
const longestInstant = "2020-10-27T09:15:00.123456789+07:00".length;
const grammar = new RegExp(instantPattern);
const withoutOffset = /^[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[Tt ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,9})?)?)?$/;

const refused = (code: Extract<InstantReading, { ok: false }>["code"], message: string): InstantReading => ({
  ok: false,
  code,
  message,
});

const notAnInstant = (text: string) =>
  refused(
    calendarErrorCodes.invalidInstant,
    `${text} is not a moment: write an ISO 8601 date and time with its offset, e.g. "2020-10-30T16:30:00+07:00" or "2020-10-30T09:30:00Z"`,
  );

const fromEpochMs = (epochMs: number, text: string): InstantReading => {
  const civilDate = fromUtcDate(new UTCDateMini(epochMs + vietnamOffsetMs));
  return civilDate
    ? { ok: true, epochMs, civilDate }
    : refused(
        calendarErrorCodes.dateOutOfRange,
        `${text} falls outside 0001-01-01 … 9999-12-31 in Vietnam: give a moment within those years`,
      );
};

const readText = (value: string): InstantReading => {
  // Hand-written: date-fns' parseISO reads text without an offset in the host's zone and takes hour 24; the grammar is ours.
  const match = value.length > longestInstant ? null : grammar.exec(value);
  if (!match) {
    if (value.length <= longestInstant && withoutOffset.test(value)) {
      const example = value.length === 10 ? `${value}T00:00:00` : value.replace(" ", "T");
      return refused(
        calendarErrorCodes.ambiguousInstant,
        `${describeValue(value)} has no UTC offset, so the moment it names depends on the host's time zone: add an offset, «+07:00» for Vietnamese time or «Z» for UTC, e.g. "${example}+07:00"`,
      );
    }
    return notAnInstant(describeValue(value));
  }
  const date = value.slice(0, 10);
  const hours = Number(value.slice(11, 13));
  const minutes = Number(value.slice(14, 16));
  // instantPattern's groups: ":ss.fff" (the fraction included), ".fff", and the zone.
  const [, secondsText = ":0", fraction = ".", zone = ""] = match;
  const seconds = Number(secondsText.slice(1, 3));
  const fractionMs = Number(`${fraction.slice(1)}00`.slice(0, 3));
  const zoneHours = Number(zone.slice(1, 3));
  const zoneMinutes = Number(zone.slice(4));
  const offsetMinutes = zone.length === 1 ? 0 : (zone.startsWith("-") ? -1 : 1) * (zoneHours * 60 + zoneMinutes);
  if (!isIsoDate(date) || hours > 23 || minutes > 59 || seconds > 59 || zoneHours > 23 || zoneMinutes > 59) {
    return notAnInstant(describeValue(value));
  }
  const epochMs =
    toDayNumber(date) * dayMs + ((hours * 60 + minutes - offsetMinutes) * 60 + seconds) * 1000 + fractionMs;
  return fromEpochMs(epochMs, describeValue(value));
};

/**
 * Reads an instant without throwing: a `Date`, or a string in the one grammar the SDK accepts everywhere
 * ({@link instantPattern}: RFC 3339 with its offset, a real date and time, up to nine fraction digits), whose civil
 * date in Vietnam (UTC+7) lies between 0001-01-01 and 9999-12-31. Anything else (another type, a string without an
 * offset, 30 February, an hour 24, an invalid `Date`) gives `ok: false` with a `calendar.*` code and a sentence that
 * says what to write. Validators turn that into an issue; {@link parseInstant} throws it.
 *
 * @example
 * ```ts
 * readInstant("2020-10-29T23:30:00Z");   // { ok: true, epochMs: 1604014200000, civilDate: "2020-10-30" }
 * readInstant("2020-02-30T08:00+07:00"); // { ok: false, code: "calendar.invalid-instant", message: … }
 * readInstant("2020-10-30T17:00:00");    // { ok: false, code: "calendar.ambiguous-instant", message: … }
 * ```
 */
export const readInstant = (value: unknown): InstantReading => {
  if (typeof value === "string") return readText(value);
  let epochMs: number | undefined;
  try {
    // Date.prototype.getTime, not value.getTime: a subclass or an object on Date's prototype cannot answer for it.
    if (value instanceof Date) epochMs = Date.prototype.getTime.call(value);
  } catch {}
  if (epochMs !== undefined) {
    if (Number.isNaN(epochMs)) {
      return refused(
        calendarErrorCodes.invalidInstant,
        'the Date given is invalid (its time is NaN): pass a valid Date or an ISO 8601 string with an offset, e.g. "2020-10-30T16:30:00+07:00"',
      );
    }
    return fromEpochMs(epochMs, "the Date given");
  }
  return notAnInstant(`a value of type ${value === null ? "null" : typeof value}`);
};
