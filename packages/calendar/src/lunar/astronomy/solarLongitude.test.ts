import { describe, expect, it } from "vitest";
import { solarLongitude } from "./solarLongitude.ts";

describe("solarLongitude", () => {
  it("gives Meeus's example 25.a: 199.90895° on 1992-10-13 at 0h TD", () => {
    expect(((solarLongitude(2448908.5) % 360) + 360) % 360).toBeCloseTo(199.90895, 4);
  });

  it("puts the December solstice of 2000 (270°) on 2000-12-21 near 13:37 UT", () => {
    const solstice = 2451900.0674; // 2000-12-21 13:37 UT + ΔT
    expect(solarLongitude(solstice - 0.02) % 360).toBeLessThan(270);
    expect(solarLongitude(solstice + 0.02) % 360).toBeGreaterThan(270);
  });

  it("grows without wrapping, about 360° a year", () => {
    expect(solarLongitude(2451545 + 365.2422) - solarLongitude(2451545)).toBeCloseTo(360, 1);
  });
});
