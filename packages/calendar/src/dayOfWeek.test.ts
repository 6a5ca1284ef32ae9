import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "./addDays.ts";
import { CalendarError } from "./CalendarError.ts";
import { dayOfWeek } from "./dayOfWeek.ts";
import { fromDayNumber } from "./fromDayNumber.ts";

const date = fc.integer({ min: -719_162, max: 2_932_896 - 7 }).map(fromDayNumber);

describe("dayOfWeek", () => {
  it("numbers the days from Sunday = 0 to Saturday = 6", () => {
    expect(dayOfWeek("2023-10-01")).toBe(0);
    expect(dayOfWeek("2014-09-29")).toBe(1);
    expect(dayOfWeek("2020-10-01")).toBe(4);
    expect(dayOfWeek("2022-10-01")).toBe(6);
    expect(dayOfWeek("1970-01-01")).toBe(4);
    expect(dayOfWeek("0001-01-01")).toBe(1);
  });

  it("gives 1 October its weekday in the years of the Week that moved or did not", () => {
    expect(dayOfWeek("2011-10-01")).toBe(6);
    expect(dayOfWeek("2017-10-01")).toBe(0);
    expect(dayOfWeek("2026-10-01")).toBe(4);
    expect(dayOfWeek("2028-10-01")).toBe(0);
  });

  it("agrees with getUTCDay for every date", () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (dayNumber) => {
        expect(dayOfWeek(fromDayNumber(dayNumber))).toBe(new Date(dayNumber * 86_400_000).getUTCDay());
      }),
    );
  });

  it("repeats every seven days and steps by one each day", () => {
    fc.assert(
      fc.property(date, (start) => {
        expect(dayOfWeek(addDays(start, 7))).toBe(dayOfWeek(start));
        expect(dayOfWeek(addDays(start, 1))).toBe((dayOfWeek(start) + 1) % 7);
      }),
    );
  });

  it("throws a CalendarError for a date that does not exist", () => {
    expect(() => dayOfWeek("2023-02-29")).toThrow(CalendarError);
  });
});
