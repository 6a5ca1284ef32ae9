import { isIsoDate } from "@xhht/calendar";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDate } from "./isoDate.ts";

describe("isoDate", () => {
  it("accepts exactly the dates the calendar accepts", () => {
    const dates = fc.oneof(
      fc
        .date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true })
        .map((d) => d.toISOString().slice(0, 10)),
      fc
        .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
        .map(
          ([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
        ),
      fc.string(),
    );
    fc.assert(
      fc.property(dates, (value) => {
        expect(isoDate.safeParse(value).success).toBe(isIsoDate(value));
      }),
      { numRuns: 2000 },
    );
  });

  it("knows leap years and the year 0000", () => {
    expect(isoDate.safeParse("2000-02-29").success).toBe(true);
    expect(isoDate.safeParse("1900-02-29").success).toBe(false);
    expect(isoDate.safeParse("2024-02-29").success).toBe(true);
    expect(isoDate.safeParse("0000-01-01").success).toBe(false);
  });
});
