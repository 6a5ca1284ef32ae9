import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumberOf } from "./dayNumberOf.ts";
import { fromDayNumber } from "./fromDayNumber.ts";

describe("dayNumberOf", () => {
  it("counts days from 1970-01-01", () => {
    expect(dayNumberOf(1970, 1, 1)).toBe(0);
    expect(dayNumberOf(1900, 1, 31)).toBe(-25537);
    expect(dayNumberOf(2101, 1, 28)).toBe(47874);
  });

  it("agrees with Date.UTC on every day of years 1000-9999", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1) / 864e5, max: Date.UTC(9999, 11, 31) / 864e5 }), (days) => {
        const date = new Date(days * 864e5);
        expect(dayNumberOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())).toBe(days);
        expect(fromDayNumber(days)).toBe(date.toISOString().slice(0, 10));
      }),
    );
  });
});
