import { describe, expect, it } from "vitest";
import { deltaT } from "./deltaT.ts";

const julianDayOfYear = (year: number) => 2451544.5 + (year - 2000) * 365.2425;

describe("deltaT", () => {
  it("gives the published values of ΔT within a second for 1900-2000", () => {
    const observed: [number, number][] = [
      [1900, -2.8],
      [1930, 24.1],
      [1950, 29.1],
      [1970, 40.2],
      [1990, 56.9],
      [2000, 63.8],
    ];
    for (const [year, seconds] of observed) expect(Math.abs(deltaT(julianDayOfYear(year)) - seconds)).toBeLessThan(1);
  });

  it("joins its polynomials without a jump of more than a second", () => {
    for (const year of [1900, 1920, 1941, 1961, 1986, 2005, 2050]) {
      expect(Math.abs(deltaT(julianDayOfYear(year) + 0.5) - deltaT(julianDayOfYear(year) - 0.5))).toBeLessThan(1);
    }
  });
});
