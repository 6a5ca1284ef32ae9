import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumberRange } from "./dayNumberRange.ts";
import { fromDayNumber } from "./fromDayNumber.ts";
import { isIsoDate } from "./isIsoDate.ts";
import { toDayNumber } from "./toDayNumber.ts";

describe("fromDayNumber", () => {
  it("turns days since 1970-01-01 into a date", () => {
    expect(fromDayNumber(0)).toBe("1970-01-01");
    expect(fromDayNumber(-1)).toBe("1969-12-31");
    expect(fromDayNumber(18_536)).toBe("2020-10-01");
    expect(fromDayNumber(11_016)).toBe("2000-02-29");
  });

  it("writes years below 1000 with four digits", () => {
    expect(fromDayNumber(dayNumberRange.min)).toBe("0001-01-01");
    expect(fromDayNumber(dayNumberRange.max)).toBe("9999-12-31");
  });

  it("round-trips with toDayNumber for every date", () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumberRange.min, max: dayNumberRange.max }), (dayNumber) => {
        const date = fromDayNumber(dayNumber);
        expect(isIsoDate(date)).toBe(true);
        expect(toDayNumber(date)).toBe(dayNumber);
        expect(date).toBe(new Date(dayNumber * 86_400_000).toISOString().slice(0, 10));
      }),
    );
  });
});
