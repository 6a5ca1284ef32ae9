import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../addDays.ts";
import { dayOfWeek } from "../dayOfWeek.ts";
import { differenceInDays } from "../differenceInDays.ts";
import { fromDayNumber } from "../fromDayNumber.ts";
import { lunarNewYear } from "../lunar/lunarNewYear.ts";
import { holidayDecisions } from "./data/holidayDecisions.ts";
import { provisionalTetBreak } from "./provisionalTetBreak.ts";

const weekend = (date: string) => dayOfWeek(date) === 0 || dayOfWeek(date) === 6;

/** Tết and the break each year's notice decided (4875/TB-LĐTBXH for 2021, …: see holidayDecisions). */
const decided = [
  ["2020-01-25", "2020-01-23", "2020-01-29"],
  ["2021-02-12", "2021-02-10", "2021-02-16"],
  ["2022-02-01", "2022-01-29", "2022-02-06"],
  ["2023-01-22", "2023-01-20", "2023-01-26"],
  ["2024-02-10", "2024-02-08", "2024-02-14"],
  ["2025-01-29", "2025-01-25", "2025-02-02"],
  ["2026-02-17", "2026-02-14", "2026-02-22"],
] as const;

describe("provisionalTetBreak", () => {
  it("reproduces the break of every decided year from the date of Tết", () => {
    for (const [tet, from, to] of decided) {
      expect(provisionalTetBreak(tet), tet).toMatchObject({ from, to });
    }
  });

  it("reproduces the SDK's decisions 2020-2026 from the lunar calendar's Tết", () => {
    for (const decision of holidayDecisions.filter((given) => given.year >= 2020)) {
      expect(provisionalTetBreak(lunarNewYear(decision.year))).toMatchObject(
        "tet" in decision ? decision.tet : { from: "no break decided" },
      );
    }
  });

  it("starts the statutory days on 28 or 29 Tết when that is a weekday", () => {
    expect(provisionalTetBreak("2024-02-10").statutoryDays).toEqual([
      "2024-02-08",
      "2024-02-09",
      "2024-02-12",
      "2024-02-13",
      "2024-02-14",
    ]);
    expect(provisionalTetBreak("2025-01-29").statutoryDays[0]).toBe("2025-01-27");
  });

  it("gives the 1994 Code's four days from the last day of the old year, weekend days made up after mùng 3", () => {
    // Tết 2008 Thursday 07/02: 30 Tết Wednesday, mùng 3 Saturday made up on Monday 11/02
    expect(provisionalTetBreak("2008-02-07", 4)).toEqual({
      from: "2008-02-06",
      to: "2008-02-11",
      statutoryDays: ["2008-02-06", "2008-02-07", "2008-02-08", "2008-02-11"],
    });
    // Tết 2013 Sunday 10/02: 30 Tết Saturday, both weekend days made up on Wednesday and Thursday
    expect(provisionalTetBreak("2013-02-10", 4)).toMatchObject({ from: "2013-02-09", to: "2013-02-14" });
    // Tết 2011 Thursday 03/02: Wednesday 02/02 to Monday 07/02
    expect(provisionalTetBreak("2011-02-03", 4).statutoryDays).toEqual([
      "2011-02-02",
      "2011-02-03",
      "2011-02-04",
      "2011-02-07",
    ]);
  });

  it("always gives the days asked as weekdays, the new year's day within the break, and weekends only at the edges", () => {
    fc.assert(
      fc.property(fc.integer({ min: 16_000, max: 47_000 }).map(fromDayNumber), fc.constantFrom(4, 5), (tet, days) => {
        const { from, to, statutoryDays } = provisionalTetBreak(tet, days);
        expect(statutoryDays).toHaveLength(days);
        expect(statutoryDays.every((day) => !weekend(day))).toBe(true);
        expect(from <= tet && tet <= to).toBe(true);
        expect(statutoryDays[0]! >= addDays(tet, 3 - days)).toBe(true);
        const length = differenceInDays(to, from) + 1;
        expect(length).toBeGreaterThanOrEqual(days + 2);
        expect(length).toBeLessThanOrEqual(days + 4);
        for (let day = from; day <= to; day = addDays(day, 1)) {
          expect(weekend(day) || statutoryDays.includes(day)).toBe(true);
        }
        expect(weekend(addDays(from, -1))).toBe(false);
        expect(weekend(addDays(to, 1))).toBe(false);
      }),
    );
  });
});
