import { describe, expect, it } from "vitest";
import { hungKingsChina, hungKingsVietnam } from "./fixtures/pythonHolidaysDates.ts";
import { hungKingsDay } from "./hungKingsDay.ts";

// Tết (1/1 lunar) and Giỗ Tổ (10/3 lunar) 2000-2030 in Vietnam, as the yearly holiday notices and python-holidays' Vietnamese data (vacanza/holidays) date them.
const hungKings2000to2030 = [
  "04-14",
  "04-03",
  "04-22",
  "04-11",
  "04-28",
  "04-18",
  "04-07",
  "04-26",
  "04-15",
  "04-04",
  "04-23",
  "04-12",
  "03-31",
  "04-19",
  "04-09",
  "04-28",
  "04-16",
  "04-06",
  "04-25",
  "04-14",
  "04-02",
  "04-21",
  "04-10",
  "04-29",
  "04-18",
  "04-07",
  "04-26",
  "04-16",
  "04-04",
  "04-23",
  "04-12",
];

const byYear = (list: string) =>
  list.split(" ").map((mmdd, i) => [1901 + i, `${1901 + i}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`] as const);

describe("hungKingsDay", () => {
  it("gives Giỗ Tổ of every year 2000-2030 as the reference table does", () => {
    hungKings2000to2030.forEach((monthDay, i) => {
      expect(hungKingsDay(2000 + i)).toBe(`${2000 + i}-${monthDay}`);
    });
  });

  it("differs between UTC+7 and UTC+8 in exactly the eleven known years", () => {
    const differing: number[] = [];
    for (let year = 1900; year <= 2100; year++) {
      if (hungKingsDay(year) !== hungKingsDay(year, { offsetHours: 8 })) differing.push(year);
    }
    expect(differing).toEqual([1916, 1917, 1939, 1975, 2009, 2037, 2038, 2085, 2086, 2095, 2100]);
  });

  it("puts Giỗ Tổ 2050 on 2050-04-01 and 2083 on 2083-04-26, a day after date-holidays", () => {
    expect(hungKingsDay(2050)).toBe("2050-04-01");
    expect(hungKingsDay(2083)).toBe("2083-04-26");
  });

  it("takes day 10 of the ordinary month 3, not of a leap month 3", () => {
    expect(hungKingsDay(1985)).toBe("1985-04-29");
  });

  it("agrees with python-holidays' Vietnamese and Chinese Giỗ Tổ for every year 1901-2100", () => {
    for (const [year, date] of byYear(hungKingsVietnam)) expect(hungKingsDay(year)).toBe(date);
    for (const [year, date] of byYear(hungKingsChina)) expect(hungKingsDay(year, { offsetHours: 8 })).toBe(date);
  });

  it("refuses a year outside 1900-2100", () => {
    expect(() => hungKingsDay(2101)).toThrow(expect.objectContaining({ code: "calendar.lunar-out-of-range" }));
  });
});
