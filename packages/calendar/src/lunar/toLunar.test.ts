import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CalendarError } from "../CalendarError.ts";
import { fromDayNumber } from "../fromDayNumber.ts";
import { toDayNumber } from "../toDayNumber.ts";
import { toLunar } from "./toLunar.ts";

const firstDay = toDayNumber("1900-01-31");
const lastDay = toDayNumber("2100-12-31");
const anyDay = fc.integer({ min: firstDay, max: lastDay }).map(fromDayNumber);

describe("toLunar", () => {
  it("gives Tết 2025 as day 1 of month 1 of lunar year 2025", () => {
    expect(toLunar("2025-01-29")).toEqual({ year: 2025, month: 1, day: 1, leap: false });
    expect(toLunar("2025-01-28")).toEqual({ year: 2024, month: 12, day: 29, leap: false });
  });

  it("places 1985's leap month 2 from 1985-03-21 to 1985-04-19, then month 3", () => {
    expect(toLunar("1985-03-21")).toEqual({ year: 1985, month: 2, day: 1, leap: true });
    expect(toLunar("1985-03-22")).toEqual({ year: 1985, month: 2, day: 2, leap: true });
    expect(toLunar("1985-04-19")).toEqual({ year: 1985, month: 2, day: 30, leap: true });
    expect(toLunar("1985-04-20")).toEqual({ year: 1985, month: 3, day: 1, leap: false });
  });

  it("starts a month on the day of a new moon just before midnight at UTC+7 (2030-02-02 16:07 UT = 23:07)", () => {
    expect(toLunar("2030-02-01")).toEqual({ year: 2029, month: 12, day: 29, leap: false });
    expect(toLunar("2030-02-02")).toEqual({ year: 2030, month: 1, day: 1, leap: false });
    expect(toLunar("2030-02-02", { offsetHours: 8 })).toEqual({ year: 2029, month: 12, day: 30, leap: false });
    expect(toLunar("2030-02-03", { offsetHours: 8 })).toEqual({ year: 2030, month: 1, day: 1, leap: false });
  });

  it("starts a month on the day of a new moon just before midnight at UTC+7 (2007-02-17 16:14 UT = 23:14)", () => {
    expect(toLunar("2007-02-16")).toEqual({ year: 2006, month: 12, day: 29, leap: false });
    expect(toLunar("2007-02-17")).toEqual({ year: 2007, month: 1, day: 1, leap: false });
    expect(toLunar("2007-02-17", { offsetHours: 8 })).toEqual({ year: 2006, month: 12, day: 30, leap: false });
    expect(toLunar("2007-02-18", { offsetHours: 8 })).toEqual({ year: 2007, month: 1, day: 1, leap: false });
  });

  it("puts the 2033 leap month after month 11", () => {
    expect(toLunar("2033-12-22")).toEqual({ year: 2033, month: 11, day: 1, leap: true });
    expect(toLunar("2034-01-20")).toEqual({ year: 2033, month: 12, day: 1, leap: false });
  });

  it("covers 1900-01-31 to 2101-01-28 at UTC+7, the whole lunar years 1900-2100", () => {
    expect(toLunar("1900-01-31")).toEqual({ year: 1900, month: 1, day: 1, leap: false });
    expect(toLunar("2100-12-31").year).toBe(2100);
    expect(toLunar("2101-01-28")).toEqual({ year: 2100, month: 12, day: 29, leap: false });
  });

  it("refuses a date outside its range with the range in the message", () => {
    for (const date of ["1900-01-30", "2101-01-29", "1850-06-01", "0050-06-01"]) {
      expect(() => toLunar(date)).toThrow(CalendarError);
      expect(() => toLunar(date)).toThrow(/from 1900-01-31 to 2101-01-28/);
    }
    try {
      toLunar("1899-12-31");
    } catch (error) {
      expect((error as CalendarError).code).toBe("calendar.lunar-out-of-range");
    }
  });

  it("refuses a string that is not a civil date", () => {
    expect(() => toLunar("2021-02-29")).toThrow(expect.objectContaining({ code: "calendar.invalid-date" }));
    expect(() => toLunar("2021-2-3")).toThrow(CalendarError);
  });

  it("refuses a reckoning other than UTC+7 or UTC+8", () => {
    expect(() => toLunar("2021-02-12", { offsetHours: 9 as 7 })).toThrow(
      expect.objectContaining({ code: "calendar.invalid-lunar-options" }),
    );
  });

  it("moves to the next day, or to day 1 of the next month, from one civil day to the next", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: firstDay, max: lastDay - 1 }),
        fc.constantFrom(7 as const, 8 as const),
        (days, offsetHours) => {
          const today = toLunar(fromDayNumber(days), { offsetHours });
          const tomorrow = toLunar(fromDayNumber(days + 1), { offsetHours });
          if (tomorrow.day === today.day + 1) {
            expect({ ...tomorrow, day: today.day }).toEqual(today);
          } else {
            expect(tomorrow.day).toBe(1);
            expect([29, 30]).toContain(today.day);
            if (tomorrow.leap) expect(tomorrow.month).toBe(today.month);
            else expect(tomorrow.month).toBe((today.month % 12) + 1);
            expect(tomorrow.year).toBe(tomorrow.month === 1 && !tomorrow.leap ? today.year + 1 : today.year);
          }
        },
      ),
    );
  });

  it("gives a valid lunar date for any day in range", () => {
    fc.assert(
      fc.property(anyDay, (date) => {
        const { year, month, day, leap } = toLunar(date);
        expect(year === Number(date.slice(0, 4)) || year === Number(date.slice(0, 4)) - 1).toBe(true);
        expect(month).toBeGreaterThanOrEqual(1);
        expect(month).toBeLessThanOrEqual(12);
        expect(day).toBeGreaterThanOrEqual(1);
        expect(day).toBeLessThanOrEqual(30);
        expect(typeof leap).toBe("boolean");
      }),
    );
  });
});
