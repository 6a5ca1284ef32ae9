import { describe, expect, it } from "vitest";
import { toDayNumber } from "../toDayNumber.ts";
import { computeLunarYears } from "./astronomy/computeLunarYears.ts";
import { encodeLunarYears, lunarHeaderWidth, lunarYearWidth } from "./encodeLunarYears.ts";
import type { LunarYear } from "./LunarYear.ts";
import { decodeLunarTable } from "./lunarTable.ts";

describe("encodeLunarYears", () => {
  it("writes the first Tết's offset and 4 characters a year, which decodeLunarTable reads back unchanged", () => {
    const years = computeLunarYears(7, 1980, 1990);
    const encoded = encodeLunarYears(years);
    expect(encoded).toHaveLength(lunarHeaderWidth + lunarYearWidth * years.length);
    const table = decodeLunarTable(encoded, 1980);
    const last = years.at(-1) as LunarYear;
    const monthStarts = years.flatMap(({ newYear, monthLengths }) =>
      monthLengths.map((_, m) => newYear + monthLengths.slice(0, m).reduce((sum, length) => sum + length, 0)),
    );
    expect(table.starts).toEqual([
      ...monthStarts,
      last.newYear + last.monthLengths.reduce((sum, days) => sum + days, 0),
    ]);
    expect(table.leapMonths).toEqual(years.map((year) => year.leapMonth));
    expect(table.firstMonth.slice(0, -1).map((index) => table.starts[index])).toEqual(
      years.map((year) => year.newYear),
    );
    expect(table.firstMonth.at(-1)).toBe(table.labels.length);
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
