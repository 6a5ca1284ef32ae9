import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatShortDate } from "./formatShortDate.ts";
import { fromDayNumber } from "./fromDayNumber.ts";

describe("formatShortDate", () => {
  it("writes a date as DD/MM/YYYY with two-digit day and month", () => {
    expect(formatShortDate("2020-10-01")).toBe("01/10/2020");
    expect(formatShortDate("2020-10-30")).toBe("30/10/2020");
    expect(formatShortDate("2020-01-05")).toBe("05/01/2020");
    expect(formatShortDate("2019-06-29")).toBe("29/06/2019");
  });

  it("throws calendar.invalid-date for a date that does not exist", () => {
    expect(() => formatShortDate("2021-02-29")).toThrow(expect.objectContaining({ code: "calendar.invalid-date" }));
  });

  it("reverses the three parts of any date", () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }).map(fromDayNumber), (date) => {
        const [year, month, day] = date.split("-");
        expect(formatShortDate(date)).toBe(`${day}/${month}/${year}`);
        expect(formatShortDate(date)).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
      }),
    );
  });
});
