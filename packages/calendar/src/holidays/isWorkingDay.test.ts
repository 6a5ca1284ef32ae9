import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CalendarError } from "../CalendarError.ts";
import { dayOfWeek } from "../dayOfWeek.ts";
import { fromDayNumber } from "../fromDayNumber.ts";
import { workingDaysLeft } from "../timeline/workingDaysLeft.ts";
import { toDayNumber } from "../toDayNumber.ts";
import { addWorkingDays } from "./addWorkingDays.ts";
import { createHolidayCalendar } from "./createHolidayCalendar.ts";
import { isWorkingDay } from "./isWorkingDay.ts";
import { makeUpWorkingDays } from "./makeUpWorkingDays.ts";
import { publicHolidays } from "./publicHolidays.ts";
import { workingDaysBetween } from "./workingDaysBetween.ts";

const covered = fc.integer({ min: toDayNumber("2007-01-01"), max: toDayNumber("2100-12-31") }).map(fromDayNumber);

describe("isWorkingDay", () => {
  it("is true on an ordinary Monday to Friday and false on a weekend", () => {
    expect(isWorkingDay("2020-10-01")).toBe(true);
    expect(isWorkingDay("2020-10-03")).toBe(false);
    expect(isWorkingDay("2020-10-04")).toBe(false);
  });

  it("is false on holidays, nghỉ bù and swapped days off", () => {
    for (const date of [
      "2022-01-03",
      "2022-04-11",
      "2023-01-02",
      "2023-09-04",
      "2026-04-27",
      "2024-04-29",
      "2025-02-03",
    ]) {
      expect(isWorkingDay(date), date).toBe(date === "2025-02-03");
    }
  });

  it("is true on the Saturdays worked instead of a swapped day", () => {
    for (const date of ["2024-05-04", "2025-04-26", "2026-01-10", "2026-08-22"]) {
      expect(dayOfWeek(date)).toBe(6);
      expect(isWorkingDay(date), date).toBe(true);
    }
  });

  it("agrees with publicHolidays and makeUpWorkingDays on every day", () => {
    fc.assert(
      fc.property(covered, (date) => {
        const year = Number(date.slice(0, 4));
        const off = publicHolidays(year).some((day) => day.date === date);
        const madeUp = makeUpWorkingDays(year).some((day) => day.date === date);
        const weekday = dayOfWeek(date) !== 0 && dayOfWeek(date) !== 6;
        expect(isWorkingDay(date)).toBe(madeUp || (weekday && !off));
      }),
    );
  });

  it("never throws on a real date of 2007-2100", () => {
    fc.assert(
      fc.property(covered, (date) => {
        expect(typeof isWorkingDay(date)).toBe("boolean");
      }),
    );
  });

  it("uses the calendar passed in options", () => {
    const calendar = createHolidayCalendar({ enable: ["culture-day-24-11"] });
    expect(isWorkingDay("2026-11-24")).toBe(true);
    expect(isWorkingDay("2026-11-24", { calendar })).toBe(false);
  });

  it("throws a CalendarError for an impossible date or a year outside 2007-2100", () => {
    expect(() => isWorkingDay("2021-02-29")).toThrow(expect.objectContaining({ code: "calendar.invalid-date" }));
    expect(() => isWorkingDay("2006-12-31")).toThrow(
      expect.objectContaining({
        code: "calendar.holiday-year-out-of-range",
        message: expect.stringMatching(/2007-01-01 to 2100-12-31/),
      }),
    );
    expect(() => isWorkingDay("2101-01-01")).toThrow(CalendarError);
  });
});

describe("isWorkingDay's calendar.invalid-options", () => {
  it("is the code for a calendar option that is not a holiday calendar, naming what to pass", () => {
    for (const calendar of [{}, { isWorkingDay: () => true }, 5]) {
      expect(() => isWorkingDay("2020-10-01", { calendar } as never)).toThrow(
        expect.objectContaining({ name: "CalendarError", code: "calendar.invalid-options" }),
      );
    }
    expect(() => isWorkingDay("2020-10-01", { calendar: {} } as never)).toThrow(
      /^isWorkingDay: options\.calendar must be what createHolidayCalendar returns \(publicHolidays, .+\), not \{\}$/u,
    );
    expect(() => isWorkingDay("2020-10-01", { calendar: 5 } as never)).toThrow(
      /^isWorkingDay: options\.calendar must be an object \{ publicHolidays, .+ \}, not 5$/u,
    );
    expect(() => isWorkingDay("2020-10-01", "vi" as never)).toThrow(
      expect.objectContaining({
        code: "calendar.invalid-options",
        message: 'isWorkingDay: options must be an object { calendar }, not "vi"',
      }),
    );
  });

  it("names the function whose options are refused", () => {
    const cases: readonly [() => unknown, string][] = [
      [() => publicHolidays(2020, 5 as never), "publicHolidays"],
      [() => makeUpWorkingDays(2020, 5 as never), "makeUpWorkingDays"],
      [() => addWorkingDays("2020-10-01", 1, 5 as never), "addWorkingDays"],
      [() => workingDaysBetween("2020-10-01", "2020-10-02", 5 as never), "workingDaysBetween"],
      [() => workingDaysLeft("2020-10-01", "2020-10-02", 5 as never), "workingDaysLeft"],
    ];
    for (const [call, fn] of cases) {
      expect(call, fn).toThrow(
        expect.objectContaining({
          code: "calendar.invalid-options",
          message: expect.stringMatching(new RegExp(`^${fn}: options`, "u")),
        }),
      );
    }
  });
});
