import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber } from "../fromDayNumber.ts";
import { addCalendarMonths } from "./addCalendarMonths.ts";

describe("addCalendarMonths", () => {
  it("keeps the day number, or takes the month's last day when it has none", () => {
    expect(addCalendarMonths("2020-10-15", 3)).toBe("2021-01-15");
    expect(addCalendarMonths("2021-01-31", 1)).toBe("2021-02-28");
    expect(addCalendarMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addCalendarMonths("2024-03-31", 1)).toBe("2024-04-30");
    expect(addCalendarMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(addCalendarMonths("2024-03-31", -1)).toBe("2024-02-29");
  });

  it("lands in the right month with a day no later than the start's", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2_800_000 }).map(fromDayNumber),
        fc.integer({ min: -1200, max: 1200 }),
        (date, months) => {
          const result = addCalendarMonths(date, months);
          const [y, m, d] = date.split("-").map(Number) as [number, number, number];
          const [ry, rm, rd] = result.split("-").map(Number) as [number, number, number];
          expect(ry * 12 + rm - (y * 12 + m)).toBe(months);
          expect(rd).toBeLessThanOrEqual(d);
        },
      ),
    );
  });

  it("throws for an amount that is not an integer or a result outside years 1-9999", () => {
    expect(() => addCalendarMonths("2020-10-15", 0.5)).toThrow(
      expect.objectContaining({ code: "calendar.invalid-day-count" }),
    );
    expect(() => addCalendarMonths("9999-12-15", 1)).toThrow(
      expect.objectContaining({ code: "calendar.date-out-of-range" }),
    );
  });
});
