import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { padNumber } from "./padNumber.ts";

describe("padNumber", () => {
  it("writes a month or a day with two digits", () => {
    expect(padNumber(5)).toBe("05");
    expect(padNumber(12)).toBe("12");
  });

  it("writes a year with four digits", () => {
    expect(padNumber(20, 4)).toBe("0020");
    expect(padNumber(2020, 4)).toBe("2020");
  });

  it("keeps the number's value and never shortens it", () => {
    fc.assert(
      fc.property(fc.nat(99_999), fc.integer({ min: 1, max: 6 }), (value, width) => {
        const text = padNumber(value, width);
        expect(Number(text)).toBe(value);
        expect(text.length).toBe(Math.max(width, String(value).length));
      }),
    );
  });
});
