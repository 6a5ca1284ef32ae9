import { describe, expect, it } from "vitest";
import { tetChina, tetVietnam } from "./fixtures/pythonHolidaysDates.ts";
import { lunarNewYear } from "./lunarNewYear.ts";

// Tết (1/1 lunar) and Giỗ Tổ (10/3 lunar) 2000-2030 in Vietnam, as the yearly holiday notices and python-holidays' Vietnamese data (vacanza/holidays) date them.
const tet2000to2030 = [
  "02-05",
  "01-24",
  "02-12",
  "02-01",
  "01-22",
  "02-09",
  "01-29",
  "02-17",
  "02-07",
  "01-26",
  "02-14",
  "02-03",
  "01-23",
  "02-10",
  "01-31",
  "02-19",
  "02-08",
  "01-28",
  "02-16",
  "02-05",
  "01-25",
  "02-12",
  "02-01",
  "01-22",
  "02-10",
  "01-29",
  "02-17",
  "02-06",
  "01-26",
  "02-13",
  "02-02",
];

const byYear = (list: string) =>
  list.split(" ").map((mmdd, i) => [1901 + i, `${1901 + i}-${mmdd.slice(0, 2)}-${mmdd.slice(2)}`] as const);

describe("lunarNewYear", () => {
  it("gives Tết of every year 2000-2030 as the reference table does", () => {
    tet2000to2030.forEach((monthDay, i) => {
      expect(lunarNewYear(2000 + i)).toBe(`${2000 + i}-${monthDay}`);
    });
  });

  it("gives the Vietnamese date at UTC+7 and the Chinese one at UTC+8 in the years they differ", () => {
    const differing: [number, string, string][] = [
      [1903, "1903-01-28", "1903-01-29"],
      [1916, "1916-02-03", "1916-02-04"],
      [1935, "1935-02-03", "1935-02-04"],
      [1965, "1965-02-01", "1965-02-02"],
      [1968, "1968-01-29", "1968-01-30"],
      [1969, "1969-02-16", "1969-02-17"],
      [1985, "1985-01-21", "1985-02-20"],
      [2007, "2007-02-17", "2007-02-18"],
      [2030, "2030-02-02", "2030-02-03"],
      [2053, "2053-02-18", "2053-02-19"],
    ];
    for (const [year, vietnam, china] of differing) {
      expect(lunarNewYear(year)).toBe(vietnam);
      expect(lunarNewYear(year, { offsetHours: 8 })).toBe(china);
    }
  });

  it("agrees with python-holidays' Vietnamese and Chinese Tết for every year 1901-2100", () => {
    for (const [year, date] of byYear(tetVietnam)) expect(lunarNewYear(year)).toBe(date);
    for (const [year, date] of byYear(tetChina)) expect(lunarNewYear(year, { offsetHours: 8 })).toBe(date);
  });

  it("differs between UTC+7 and UTC+8 in exactly the ten known years", () => {
    const differing: number[] = [];
    for (let year = 1900; year <= 2100; year++) {
      if (lunarNewYear(year) !== lunarNewYear(year, { offsetHours: 8 })) differing.push(year);
    }
    expect(differing).toEqual([1903, 1916, 1935, 1965, 1968, 1969, 1985, 2007, 2030, 2053]);
  });

  it("refuses a year outside 1900-2100", () => {
    expect(() => lunarNewYear(1899)).toThrow(expect.objectContaining({ code: "calendar.lunar-out-of-range" }));
    expect(() => lunarNewYear(2101)).toThrow(/from 1900 to 2100/);
  });
});
