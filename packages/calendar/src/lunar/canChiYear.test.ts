import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canChiYear } from "./canChiYear.ts";
import { toLunar } from "./toLunar.ts";

describe("canChiYear", () => {
  it.each([
    [1900, "Canh Tý"],
    [1984, "Giáp Tý"],
    [1985, "Ất Sửu"],
    [2011, "Tân Mão"],
    [2019, "Kỷ Hợi"],
    [2020, "Canh Tý"],
    [2023, "Quý Mão"],
    [2024, "Giáp Thìn"],
    [2025, "Ất Tỵ"],
    [2026, "Bính Ngọ"],
    [2027, "Đinh Mùi"],
    [4, "Giáp Tý"],
  ])("names %i «%s»", (year, name) => {
    expect(canChiYear(year)).toBe(name);
  });

  it("writes the cat's year «Mão», not «Mẹo»", () => {
    expect(canChiYear(2023)).toBe("Quý Mão");
    expect(canChiYear(2023)).not.toContain("Mẹo");
  });

  it("names a date before Tết by the previous lunar year", () => {
    expect(canChiYear(toLunar("2026-02-16").year)).toBe("Ất Tỵ");
    expect(canChiYear(toLunar("2026-02-17").year)).toBe("Bính Ngọ");
  });

  it("repeats every 60 years and never repeats within them", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9939 }), (year) => {
        expect(canChiYear(year + 60)).toBe(canChiYear(year));
        const names = new Set(Array.from({ length: 60 }, (_, i) => canChiYear(year + i)));
        expect(names.size).toBe(60);
      }),
      { numRuns: 50 },
    );
  });

  it.each([0, -1, 2020.5, Number.NaN, 10_000])("throws calendar.invalid-year for %s", (year) => {
    expect(() => canChiYear(year)).toThrow(expect.objectContaining({ code: "calendar.invalid-year" }));
  });
});
