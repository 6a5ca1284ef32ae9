import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CalendarError } from "./CalendarError.ts";
import { differenceInDays } from "./differenceInDays.ts";
import { fromDayNumber } from "./fromDayNumber.ts";

const date = fc.integer({ min: -719_162, max: 2_932_896 }).map(fromDayNumber);

describe("differenceInDays", () => {
  it("counts the calendar days from the earlier date to the later", () => {
    expect(differenceInDays("2020-10-30", "2020-10-01")).toBe(29);
    expect(differenceInDays("2020-10-07", "2020-10-01")).toBe(6);
    expect(differenceInDays("2021-01-01", "2020-12-31")).toBe(1);
    expect(differenceInDays("2021-01-01", "2020-01-01")).toBe(366);
  });

  it("is zero for the same day and negative when the dates are the wrong way round", () => {
    expect(differenceInDays("2020-10-01", "2020-10-01")).toBe(0);
    expect(differenceInDays("2020-10-01", "2020-10-07")).toBe(-6);
  });

  it("changes sign when the dates are swapped", () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        expect(differenceInDays(a, b)).toBe(-differenceInDays(b, a) || 0);
      }),
    );
  });

  it("adds up across a middle date", () => {
    fc.assert(
      fc.property(date, date, date, (a, b, c) => {
        expect(differenceInDays(c, a)).toBe(differenceInDays(c, b) + differenceInDays(b, a));
      }),
    );
  });

  it("throws a CalendarError when either date does not exist", () => {
    expect(() => differenceInDays("2021-02-29", "2021-01-01")).toThrow(CalendarError);
    expect(() => differenceInDays("2021-03-01", "2021-02-30")).toThrow(CalendarError);
  });
});
