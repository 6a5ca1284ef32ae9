import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CalendarError } from "./CalendarError.ts";
import { dayNumberRange } from "./dayNumberRange.ts";
import { isIsoDate } from "./isIsoDate.ts";
import { toDayNumber } from "./toDayNumber.ts";

const utcIso = (dayNumber: number) => new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);

describe("toDayNumber", () => {
  it("counts days from 1970-01-01", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(toDayNumber("1970-01-02")).toBe(1);
    expect(toDayNumber("1969-12-31")).toBe(-1);
    expect(toDayNumber("2020-10-01")).toBe(18_536);
    expect(toDayNumber("2000-03-01")).toBe(11_017);
  });

  it("covers 0001-01-01 to 9999-12-31", () => {
    expect(toDayNumber("0001-01-01")).toBe(dayNumberRange.min);
    expect(toDayNumber("9999-12-31")).toBe(dayNumberRange.max);
  });

  it("agrees with the UTC day count of Date for every date", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumberRange.min, max: dayNumberRange.max }), (dayNumber) => {
        expect(toDayNumber(utcIso(dayNumber))).toBe(dayNumber);
      }),
    );
  });

  it("throws a CalendarError for a date that does not exist", () => {
    expect(() => toDayNumber("2021-02-29")).toThrow(CalendarError);
    for (const text of [
      "0000-01-01",
      "2020-1-01",
      "2020-01-1 ",
      "2020/01/01",
      "２０２０-01-01",
      "2020-00-10",
      " 2020-0101",
    ]) {
      expect(() => toDayNumber(text), text).toThrow(expect.objectContaining({ code: "calendar.invalid-date" }));
    }
    expect(() => toDayNumber(20201001 as unknown as string)).toThrow(CalendarError);
  });

  it("accepts exactly the strings isIsoDate accepts", () => {
    const nearDate = fc
      .tuple(
        fc.stringMatching(/^[0-9+ -]{4}$/),
        fc.constantFrom("-", "/", "0"),
        fc.stringMatching(/^[0-9 ]{2}$/),
        fc.constantFrom("-", "."),
        fc.stringMatching(/^[0-9]{1,3}$/),
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(nearDate, fc.string()), (text) => {
        if (isIsoDate(text)) expect(toDayNumber(text)).toBe(Math.round(Date.parse(`${text}T00:00:00Z`) / 86_400_000));
        else expect(() => toDayNumber(text)).toThrow(CalendarError);
      }),
      { numRuns: 2000 },
    );
  });
});
