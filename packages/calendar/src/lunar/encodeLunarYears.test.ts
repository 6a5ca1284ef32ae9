import { describe, expect, it } from "vitest";
import { toDayNumber } from "../toDayNumber.ts";
import { computeLunarYears } from "./astronomy/computeLunarYears.ts";
import { decodeLunarYears } from "./decodeLunarYears.ts";
import { encodeLunarYears } from "./encodeLunarYears.ts";

describe("encodeLunarYears", () => {
  it("writes 5 characters a year that decodeLunarYears reads back unchanged", () => {
    const years = computeLunarYears(7, 1980, 1990);
    const encoded = encodeLunarYears(years);
    expect(encoded).toHaveLength(5 * years.length);
    expect(decodeLunarYears(encoded, 1980)).toEqual(years);
  });

  it("refuses a month that is neither 29 nor 30 days long", () => {
    const year = { year: 2000, newYear: toDayNumber("2000-02-05"), leapMonth: 0, monthLengths: Array(12).fill(31) };
    expect(() => encodeLunarYears([year])).toThrow(/31 days/);
  });
});
