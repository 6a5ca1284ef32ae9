import { describe, expect, it } from "vitest";
import { deltaT } from "./deltaT.ts";
import { unixEpochJulianDay } from "./julianDay.ts";
import { newMoon } from "./newMoon.ts";
import { newMoonCorrections } from "./newMoonCorrections.ts";

/** Seconds from the series' new moon `k` to the nearest local midnight at UTC+`offsetHours`. */
const secondsFromMidnight = (k: number, offsetHours: number): number => {
  const jde = newMoon(k);
  const local = jde - deltaT(jde) / 86400 - unixEpochJulianDay + offsetHours / 24;
  const fraction = local - Math.floor(local);
  return Math.min(fraction, 1 - fraction) * 86400;
};

describe("newMoonCorrections", () => {
  it("corrects exactly the new moons of 1899-2102 that the series puts within 30 s of midnight at UTC+7 or UTC+8", () => {
    const close: number[] = [];
    for (let k = Math.floor(-101.2 * 12.3685); k <= Math.ceil(102.3 * 12.3685); k++) {
      if (secondsFromMidnight(k, 7) < 30 || secondsFromMidnight(k, 8) < 30) close.push(k);
    }
    expect(close).toEqual(
      Object.keys(newMoonCorrections)
        .map(Number)
        .sort((a, b) => a - b),
    );
  });

  it("moves no new moon by more than the series' error of about 20 seconds", () => {
    for (const seconds of Object.values(newMoonCorrections)) expect(Math.abs(seconds)).toBeLessThanOrEqual(20);
  });
});
