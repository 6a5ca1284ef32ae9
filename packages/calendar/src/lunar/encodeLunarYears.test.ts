import { describe, expect, it } from "vitest";
import { toDayNumber } from "../toDayNumber.ts";
import { computeLunarYears } from "./astronomy/computeLunarYears.ts";
import { decodeLunarYears } from "./decodeLunarYears.ts";
import { encodeLunarYears, lunarHeaderWidth, lunarYearWidth } from "./encodeLunarYears.ts";
import type { LunarYear } from "./LunarYear.ts";

describe("encodeLunarYears", () => {
  it("writes the first Tết's offset and 4 characters a year, which decodeLunarYears reads back unchanged", () => {
    const years = computeLunarYears(7, 1980, 1990);
    const encoded = encodeLunarYears(years);
    expect(encoded).toHaveLength(lunarHeaderWidth + lunarYearWidth * years.length);
    expect(decodeLunarYears(encoded, 1980)).toEqual(years);
  });

  it("refuses a month that is neither 29 nor 30 days long", () => {
    const year = { year: 2000, newYear: toDayNumber("2000-02-05"), leapMonth: 0, monthLengths: Array(12).fill(31) };
    expect(() => encodeLunarYears([year])).toThrow(/31 days/);
  });

  it("refuses a year that does not begin where the year before ends (its Tết is not written)", () => {
    const [first, second] = computeLunarYears(7, 1980, 1981) as [LunarYear, LunarYear];
    expect(() => encodeLunarYears([first, { ...second, newYear: second.newYear + 1 }])).toThrow(/does not begin/);
  });
});
