import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CalendarError } from "./CalendarError.ts";
import { daysInMonth } from "./daysInMonth.ts";

describe("daysInMonth", () => {
  it("counts the days of a month, 29 February in a leap year", () => {
    expect([daysInMonth(2020, 2), daysInMonth(2021, 2), daysInMonth(1900, 2), daysInMonth(2000, 2)]).toEqual([
      29, 28, 28, 29,
    ]);
    expect([daysInMonth(2020, 1), daysInMonth(2020, 4), daysInMonth(9999, 12)]).toEqual([31, 30, 31]);
  });

  it("refuses a month or a year that does not exist instead of answering 31", () => {
    for (const [year, month] of [
      [2020, 13],
      [2020, 0],
      [2020, 1.5],
      [2020, Number.NaN],
      [0, 1],
      [10_000, 1],
      [2020.5, 2],
      [2020n, 2],
      ["2020", 2],
    ] as [number, number][]) {
      expect(() => daysInMonth(year, month)).toThrow(CalendarError);
    }
    expect(() => daysInMonth(2020, 13)).toThrow(expect.objectContaining({ code: "calendar.invalid-date" }));
    expect(() => daysInMonth(2020n as never, 2)).toThrow(/2020n is not a year/u);
  });

  it("answers 28 to 31 for every real month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const days = daysInMonth(year, month);
        expect(days >= 28 && days <= 31).toBe(true);
      }),
    );
  });
});
