import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber } from "../fromDayNumber.ts";
import { toDayNumber } from "../toDayNumber.ts";
import { addWorkingDays } from "./addWorkingDays.ts";
import { isWorkingDay } from "./isWorkingDay.ts";
import { workingDaysBetween } from "./workingDaysBetween.ts";

// 2008-2099 leaves a margin of a year on each side for the amounts below
const date = fc.integer({ min: toDayNumber("2008-01-01"), max: toDayNumber("2099-12-31") }).map(fromDayNumber);
const amount = fc.integer({ min: -200, max: 200 });

describe("addWorkingDays", () => {
  it("counts working days after the date, not the date itself", () => {
    expect(addWorkingDays("2020-10-01", 1)).toBe("2020-10-02");
    expect(addWorkingDays("2020-10-01", 5)).toBe("2020-10-08");
    expect(addWorkingDays("2020-10-03", 1)).toBe("2020-10-05");
  });

  it("skips holidays, nghỉ bù and swapped days, and counts a Saturday worked instead", () => {
    expect(addWorkingDays("2024-04-26", 1)).toBe("2024-05-02");
    expect(addWorkingDays("2024-05-03", 1)).toBe("2024-05-04");
    expect(addWorkingDays("2021-12-31", 1)).toBe("2022-01-04");
    expect(addWorkingDays("2025-01-24", 1)).toBe("2025-02-03");
  });

  it("goes back with a negative amount", () => {
    expect(addWorkingDays("2022-01-04", -1)).toBe("2021-12-31");
    expect(addWorkingDays("2020-10-05", -1)).toBe("2020-10-02");
    expect(addWorkingDays("2020-10-04", -1)).toBe("2020-10-02");
  });

  it("returns the date unchanged for 0, a working day or not", () => {
    expect(addWorkingDays("2020-10-01", 0)).toBe("2020-10-01");
    expect(addWorkingDays("2020-10-03", 0)).toBe("2020-10-03");
  });

  it("always lands on a working day for a non-zero amount", () => {
    fc.assert(
      fc.property(date, amount, (start, n) => {
        fc.pre(n !== 0);
        expect(isWorkingDay(addWorkingDays(start, n))).toBe(true);
      }),
    );
  });

  it("moves by exactly n as workingDaysBetween counts", () => {
    fc.assert(
      fc.property(date, amount, (start, n) => {
        expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n);
      }),
    );
  });

  it("comes back to a working day with -n", () => {
    fc.assert(
      fc.property(date, amount, (start, n) => {
        fc.pre(isWorkingDay(start));
        expect(addWorkingDays(addWorkingDays(start, n), -n)).toBe(start);
      }),
    );
  });

  it("adds in steps of the same sign as in one go", () => {
    fc.assert(
      fc.property(date, fc.nat(100), fc.nat(100), fc.boolean(), (start, a, b, back) => {
        const sign = back ? -1 : 1;
        expect(addWorkingDays(addWorkingDays(start, sign * a), sign * b)).toBe(addWorkingDays(start, sign * (a + b)));
      }),
    );
  });

  it("throws calendar.invalid-day-count for an amount that is not an integer", () => {
    for (const n of [1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => addWorkingDays("2020-10-01", n)).toThrow(
        expect.objectContaining({ code: "calendar.invalid-day-count", message: expect.stringMatching(/whole number/) }),
      );
    }
  });

  it("throws calendar.holiday-year-out-of-range when the count leaves 2007-2100", () => {
    expect(() => addWorkingDays("2100-12-29", 5)).toThrow(
      expect.objectContaining({ code: "calendar.holiday-year-out-of-range" }),
    );
    expect(() => addWorkingDays("2007-01-03", -2)).toThrow(
      expect.objectContaining({ code: "calendar.holiday-year-out-of-range" }),
    );
  });
});
