import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "./addDays.ts";
import { CalendarError } from "./CalendarError.ts";
import { differenceInDays } from "./differenceInDays.ts";
import { fromDayNumber } from "./fromDayNumber.ts";

const date = fc.integer({ min: -300_000, max: 1_000_000 }).map(fromDayNumber);
const amount = fc.integer({ min: -200_000, max: 200_000 });

describe("addDays", () => {
  it("moves forward and back by calendar days", () => {
    expect(addDays("2020-10-01", 6)).toBe("2020-10-07");
    expect(addDays("2020-10-01", 0)).toBe("2020-10-01");
    expect(addDays("2020-10-01", -2)).toBe("2020-09-29");
  });

  it("crosses month, year and leap-day boundaries", () => {
    expect(addDays("2020-12-31", 1)).toBe("2021-01-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDays("1900-02-28", 1)).toBe("1900-03-01");
    expect(addDays("2000-02-28", 1)).toBe("2000-02-29");
    expect(addDays("2020-01-01", 366)).toBe("2021-01-01");
  });

  it("undoes itself: adding n then -n gives the date back", () => {
    fc.assert(
      fc.property(date, amount, (start, n) => {
        expect(addDays(addDays(start, n), -n)).toBe(start);
      }),
    );
  });

  it("moves by exactly n days", () => {
    fc.assert(
      fc.property(date, amount, (start, n) => {
        expect(differenceInDays(addDays(start, n), start)).toBe(n);
      }),
    );
  });

  it("adds in steps as in one go", () => {
    fc.assert(
      fc.property(date, amount, amount, (start, a, b) => {
        expect(addDays(addDays(start, a), b)).toBe(addDays(start, a + b));
      }),
    );
  });

  it("throws calendar.invalid-date for a date that does not exist", () => {
    expect(() => addDays("2021-02-29", 1)).toThrow(expect.objectContaining({ code: "calendar.invalid-date" }));
  });

  it("throws calendar.invalid-day-count, suggesting a whole number, for an amount that is not an integer", () => {
    for (const n of [1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => addDays("2020-10-01", n)).toThrow(CalendarError);
      expect(() => addDays("2020-10-01", n)).toThrow(/pass a whole number/);
    }
  });

  it("throws calendar.date-out-of-range when the result leaves years 1-9999", () => {
    expect(() => addDays("9999-12-31", 1)).toThrow(expect.objectContaining({ code: "calendar.date-out-of-range" }));
    expect(() => addDays("0001-01-01", -1)).toThrow(expect.objectContaining({ code: "calendar.date-out-of-range" }));
  });
});
