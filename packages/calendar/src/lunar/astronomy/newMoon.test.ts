import { describe, expect, it } from "vitest";
import { newMoon } from "./newMoon.ts";

describe("newMoon", () => {
  it("gives Meeus's example 49.a: the new moon of 1977-02-18 at 3h37m42s TD", () => {
    expect(newMoon(-283)).toBeCloseTo(2443192.65118, 5);
  });

  it("spaces new moons by a synodic month of 29.27 to 29.84 days", () => {
    for (let k = -1250; k < 1270; k++) {
      const gap = newMoon(k + 1) - newMoon(k);
      expect(gap).toBeGreaterThan(29.26);
      expect(gap).toBeLessThan(29.85);
    }
  });
});
