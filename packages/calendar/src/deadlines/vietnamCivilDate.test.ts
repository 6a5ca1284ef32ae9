import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { vietnamCivilDate } from "./vietnamCivilDate.ts";

describe("vietnamCivilDate", () => {
  it("gives the date in Hà Nội, seven hours ahead of UTC", () => {
    expect(vietnamCivilDate("2020-10-29T16:59:59Z")).toBe("2020-10-29");
    expect(vietnamCivilDate("2020-10-29T17:00:00Z")).toBe("2020-10-30");
    expect(vietnamCivilDate("2020-10-29T23:30:00.123Z")).toBe("2020-10-30");
    expect(vietnamCivilDate("2020-12-31T17:00:00Z")).toBe("2021-01-01");
    expect(vietnamCivilDate("2020-10-30T00:00:00+07:00")).toBe("2020-10-30");
    expect(vietnamCivilDate("2020-10-29T23:59:59.999+07:00")).toBe("2020-10-29");
    expect(vietnamCivilDate("2020-10-29T12:00:00-05:00")).toBe("2020-10-30");
    expect(vietnamCivilDate("2020-10-30T05:30:00+05:30")).toBe("2020-10-30");
  });

  it("agrees with Date for every instant, in any host time zone", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -2_000_000_000_000, max: 4_000_000_000_000 }),
        fc.integer({ min: -12, max: 14 }),
        (ms, offset) => {
          const expected = new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10);
          expect(vietnamCivilDate(new Date(ms))).toBe(expected);
          const local = new Date(ms + offset * 3_600_000).toISOString().slice(0, 23);
          const sign = offset < 0 ? "-" : "+";
          const text = `${local}${sign}${String(Math.abs(offset)).padStart(2, "0")}:00`;
          expect(vietnamCivilDate(text)).toBe(expected);
        },
      ),
    );
  });

  it("rejects a string without an offset as ambiguous", () => {
    expect(() => vietnamCivilDate("2020-10-30T10:00:00")).toThrow(
      expect.objectContaining({
        code: "calendar.ambiguous-instant",
        message: expect.stringMatching(/"2020-10-30T10:00:00\+07:00"/),
      }),
    );
  });

  it("rejects what is not an instant", () => {
    for (const value of ["yesterday", "2020-02-30T10:00:00Z", "2020-10-30T24:00:00Z", "2020-10-30T10:00:00+25:00"]) {
      expect(() => vietnamCivilDate(value), value).toThrow(
        expect.objectContaining({ code: "calendar.invalid-instant" }),
      );
    }
    expect(() => vietnamCivilDate(new Date(Number.NaN))).toThrow(
      expect.objectContaining({ code: "calendar.invalid-instant" }),
    );
  });
});
