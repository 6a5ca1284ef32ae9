import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CalendarError } from "./CalendarError.ts";
import { dayNumberRange } from "./dayNumberRange.ts";
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
  });
});
