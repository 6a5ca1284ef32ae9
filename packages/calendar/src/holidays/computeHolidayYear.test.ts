import { describe, expect, it } from "vitest";
import type { IsoDate } from "../IsoDate.ts";
import { computeHolidayYear } from "./computeHolidayYear.ts";
import { holidayDecisions } from "./data/holidayDecisions.ts";
import { holidayRules } from "./data/holidayRules.ts";

/** Tết and Giỗ Tổ of the years these tests use, as the published lunar calendar dates them. */
const lunar = {
  lunarNewYear: (year: number) => ({ 2016: "2016-02-08", 2028: "2028-01-26" })[year as 2016] as IsoDate,
  hungKingsDay: (year: number) => ({ 2016: "2016-04-16", 2028: "2028-04-04" })[year as 2016] as IsoDate,
};

const compute = (year: number, includeUnconfirmed = true) =>
  computeHolidayYear(year, {
    rules: holidayRules,
    decision: holidayDecisions.find((decision) => decision.year === year),
    includeUnconfirmed,
    lunar,
  });

describe("computeHolidayYear", () => {
  it("gives nghỉ bù in date order, each to the next weekday not already off", () => {
    const compensatory = compute(2023).holidays.filter((day) => day.kind === "compensatory");
    expect(compensatory.map((day) => [day.date, day.name])).toEqual([
      ["2023-01-02", "holiday.newYear"],
      ["2023-05-02", "holiday.hungKings"],
      ["2023-05-03", "holiday.victoryDay"],
      ["2023-09-04", "holiday.nationalDay"],
    ]);
  });

  it("gives two nghỉ bù for 30/4 and 1/5 on a weekend", () => {
    const compensatory = compute(2022).holidays.filter((day) => day.kind === "compensatory");
    expect(compensatory.map((day) => day.date)).toEqual(["2022-01-03", "2022-04-11", "2022-05-02", "2022-05-03"]);
  });

  it("leaves the unconfirmed rule out when asked", () => {
    expect(compute(2026).holidays.some((day) => day.date === "2026-11-24")).toBe(true);
    expect(compute(2026, false).holidays.some((day) => day.date === "2026-11-24")).toBe(false);
  });

  it("applies the rules in force on each holiday's date", () => {
    expect(compute(2016).holidays.filter((day) => day.name === "holiday.nationalDay")).toHaveLength(1);
    // 2/9/2028 is a Saturday: 1/9 joins it and Monday 4/9 is its nghỉ bù
    expect(
      compute(2028)
        .holidays.filter((day) => day.name === "holiday.nationalDay")
        .map((day) => day.date),
    ).toEqual(["2028-09-01", "2028-09-02", "2028-09-04"]);
    // 2016 has a decision (Thông báo 4659/TB-LĐTBXH): its nghỉ bù is not provisional; 2028 has none
    expect(compute(2016).holidays.find((day) => day.date === "2016-04-18")).toMatchObject({
      kind: "compensatory",
      name: "holiday.hungKings",
      provisional: false,
    });
    expect(
      compute(2028)
        .holidays.filter((day) => day.name === "holiday.tet")
        .every((day) => day.provisional),
    ).toBe(true);
  });

  it("lists the worked Saturdays of the decision apart", () => {
    expect(compute(2026).makeUpWorkingDays.map((day) => day.date)).toEqual(["2026-01-10", "2026-08-22"]);
  });
});
