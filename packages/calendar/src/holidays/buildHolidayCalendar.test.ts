import { describe, expect, it } from "vitest";
import type { IsoDate } from "../IsoDate.ts";
import { buildHolidayCalendar } from "./buildHolidayCalendar.ts";

const noLunar = {
  lunarNewYear: (): IsoDate => {
    throw new Error("lunarNewYear must not be called for a decided year");
  },
  hungKingsDay: (): IsoDate => {
    throw new Error("hungKingsDay must not be called for a decided year");
  },
};

describe("buildHolidayCalendar", () => {
  it("needs no lunar date for the decided years 2020-2026", () => {
    const calendar = buildHolidayCalendar(noLunar);
    for (let year = 2020; year <= 2026; year += 1) expect(calendar.publicHolidays(year).length).toBeGreaterThan(10);
  });

  it("takes Tết and Giỗ Tổ from the lunar dates it is given for other years", () => {
    const calendar = buildHolidayCalendar({
      lunarNewYear: () => "2030-02-02" as IsoDate,
      hungKingsDay: () => "2030-04-12" as IsoDate,
    });
    const days = calendar.publicHolidays(2030);
    expect(days.filter((day) => day.name === "holiday.tet").map((day) => day.date)).toEqual([
      "2030-01-31",
      "2030-02-01",
      "2030-02-02",
      "2030-02-03",
      "2030-02-04",
      "2030-02-05",
      "2030-02-06",
    ]);
    expect(days.find((day) => day.name === "holiday.hungKings")?.date).toBe("2030-04-12");
  });

  it("rejects an includeUnconfirmed that is not a boolean", () => {
    expect(() => buildHolidayCalendar(noLunar, { includeUnconfirmed: "no" as unknown as boolean })).toThrow(
      expect.objectContaining({
        code: "calendar.invalid-options",
        message: 'createHolidayCalendar: options.includeUnconfirmed must be true or false, not "no"',
      }),
    );
  });
});
