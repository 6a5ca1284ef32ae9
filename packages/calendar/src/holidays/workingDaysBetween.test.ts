import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../addDays.ts";
import { fromDayNumber } from "../fromDayNumber.ts";
import { toDayNumber } from "../toDayNumber.ts";
import { isWorkingDay } from "./isWorkingDay.ts";
import { workingDaysBetween } from "./workingDaysBetween.ts";

const date = fc.integer({ min: toDayNumber("2007-01-01"), max: toDayNumber("2100-12-31") }).map(fromDayNumber);

describe("workingDaysBetween", () => {
  it("counts the working days after the first date up to and including the second", () => {
    expect(workingDaysBetween("2020-10-01", "2020-10-08")).toBe(5);
    expect(workingDaysBetween("2020-10-01", "2020-10-02")).toBe(1);
    expect(workingDaysBetween("2020-10-02", "2020-10-04")).toBe(0);
    expect(workingDaysBetween("2020-10-01", "2020-10-01")).toBe(0);
  });

  it("counts backwards as a negative number, the second date included and the first not", () => {
    expect(workingDaysBetween("2020-10-08", "2020-10-01")).toBe(-5);
    expect(workingDaysBetween("2020-10-04", "2020-10-02")).toBe(-1);
  });

  it("leaves out every day off: 2024 has 251 working days, 2026 has 250 (two Saturdays worked)", () => {
    expect(workingDaysBetween("2023-12-31", "2024-12-31")).toBe(251);
    expect(workingDaysBetween("2025-12-31", "2026-12-31")).toBe(250);
  });

  it("adds up across a middle date", () => {
    fc.assert(
      fc.property(date, fc.nat(400), fc.nat(400), (start, a, b) => {
        const middle = addDays(start, a);
        const end = addDays(middle, b);
        fc.pre(end <= "2100-12-31");
        expect(workingDaysBetween(start, end)).toBe(
          workingDaysBetween(start, middle) + workingDaysBetween(middle, end),
        );
      }),
    );
  });

  it("differs from minus the reverse count only by the working status of the two ends", () => {
    fc.assert(
      fc.property(date, date, (x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        const ends = (isWorkingDay(b) ? 1 : 0) - (isWorkingDay(a) ? 1 : 0);
        expect(workingDaysBetween(a, b)).toBe(-workingDaysBetween(b, a) + ends);
      }),
      { numRuns: 50 },
    );
  });
});
