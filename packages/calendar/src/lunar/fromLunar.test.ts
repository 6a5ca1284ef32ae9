import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CalendarError } from "../CalendarError.ts";
import { fromDayNumber } from "../fromDayNumber.ts";
import { toDayNumber } from "../toDayNumber.ts";
import { fromLunar } from "./fromLunar.ts";
import { lunarNewYear } from "./lunarNewYear.ts";
import { toLunar } from "./toLunar.ts";

const dayOf = toDayNumber;
const reckoning = fc.constantFrom(7 as const, 8 as const);
const anyDay = fc.integer({ min: toDayNumber("1900-01-31"), max: toDayNumber("2100-12-31") }).map(fromDayNumber);

describe("fromLunar", () => {
  it("gives the civil date of a lunar date, leap months included", () => {
    expect(fromLunar({ year: 2025, month: 3, day: 10, leap: false })).toBe("2025-04-07");
    expect(fromLunar({ year: 1985, month: 2, day: 2, leap: true })).toBe("1985-03-22");
    expect(fromLunar({ year: 1985, month: 2, day: 30, leap: true })).toBe("1985-04-19");
    expect(fromLunar({ year: 1985, month: 3, day: 1, leap: false })).toBe("1985-04-20");
    expect(fromLunar({ year: 2100, month: 12, day: 29, leap: false })).toBe("2101-01-28");
  });

  it("is the exact inverse of toLunar for any day in range, at UTC+7 and UTC+8", () => {
    fc.assert(
      fc.property(anyDay, reckoning, (date, offsetHours) => {
        expect(fromLunar(toLunar(date, { offsetHours }), { offsetHours })).toBe(date);
      }),
    );
  });

  it("makes every month 29 or 30 days long", () => {
    fc.assert(
      fc.property(anyDay, reckoning, (date, offsetHours) => {
        const { year, month, leap } = toLunar(date, { offsetHours });
        expect(() => fromLunar({ year, month, day: 29, leap }, { offsetHours })).not.toThrow();
        let length = 30;
        try {
          fromLunar({ year, month, day: 30, leap }, { offsetHours });
        } catch {
          length = 29;
        }
        expect(() => fromLunar({ year, month, day: length + 1, leap }, { offsetHours })).toThrow(CalendarError);
      }),
    );
  });

  it("makes every lunar year 12 or 13 months long, 13 exactly when it has a leap month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2099 }), reckoning, (year, offsetHours) => {
        let months = 0;
        let leaps = 0;
        const end = dayOf(lunarNewYear(year + 1, { offsetHours }));
        let days = dayOf(lunarNewYear(year, { offsetHours }));
        for (; days < end; days++) {
          const lunar = toLunar(fromDayNumber(days), { offsetHours });
          if (lunar.day === 1) {
            months++;
            if (lunar.leap) leaps++;
          }
        }
        expect(months === 12 || months === 13).toBe(true);
        expect(leaps).toBe(months - 12);
      }),
      { numRuns: 30 },
    );
  });

  it("refuses day 30 of a 29-day month, naming the month's length", () => {
    expect(() => fromLunar({ year: 2024, month: 1, day: 30, leap: false })).toThrow(
      "day 30 does not exist in month 1 of lunar year 2024, which has 29 days: give a day from 1 to 29",
    );
    expect(() => fromLunar({ year: 2024, month: 1, day: 0, leap: false })).toThrow(/give a day from 1 to 29/);
  });

  it("refuses a leap month that the year does not have, naming the year's leap month", () => {
    expect(() => fromLunar({ year: 2024, month: 2, day: 1, leap: true })).toThrow(
      "lunar year 2024 has no leap month, so month 2 cannot be leap: give leap: false",
    );
    expect(() => fromLunar({ year: 2023, month: 3, day: 1, leap: true })).toThrow(
      "month 3 of lunar year 2023 is not leap: the leap month is 2; give leap: false, or month 2 with leap: true",
    );
    expect(() => fromLunar({ year: 1985, month: 2, day: 1, leap: true }, { offsetHours: 8 })).toThrow(
      /lunar year 1985 has no leap month \(at UTC\+8\)/,
    );
  });

  it("refuses month 0 or 13 and years outside 1900-2100", () => {
    for (const month of [0, 13, 1.5]) {
      expect(() => fromLunar({ year: 2024, month, day: 1, leap: false })).toThrow(
        expect.objectContaining({
          code: "calendar.invalid-lunar-date",
          message: expect.stringMatching(/from 1 to 12/),
        }),
      );
    }
    for (const year of [1899, 2101, 2000.5]) {
      expect(() => fromLunar({ year, month: 1, day: 1, leap: false })).toThrow(
        expect.objectContaining({
          code: "calendar.lunar-out-of-range",
          message: expect.stringMatching(/from 1900 to 2100/),
        }),
      );
    }
  });

  it("refuses a leap flag that is not a boolean", () => {
    expect(() => fromLunar({ year: 2024, month: 1, day: 1, leap: "no" as unknown as boolean })).toThrow(
      /not a boolean/,
    );
  });
});
