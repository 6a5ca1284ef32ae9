import { describe, expect, it } from "vitest";
import { predecessorProvinces } from "./predecessorProvinces.ts";
import { provinces } from "./provinces.ts";
import { successorProvince } from "./successorProvince.ts";

describe("predecessorProvinces", () => {
  it("lists the units a 2025 unit was formed from, the seat's province first", () => {
    expect(predecessorProvinces("37").map((p) => p.shortName)).toEqual(["Ninh Bình", "Hà Nam", "Nam Định"]);
    expect(predecessorProvinces("15").map((p) => p.shortName)).toEqual(["Yên Bái", "Lào Cai"]);
    expect(predecessorProvinces("Thành phố Hồ Chí Minh").map((p) => p.code)).toEqual(["79", "74", "77"]);
  });

  it("gives an unchanged unit as its own only predecessor", () => {
    const [hue, ...rest] = predecessorProvinces("46");
    expect(hue?.name).toBe("Thành phố Huế");
    expect(rest).toEqual([]);
  });

  it("names 63 units in all, each once, and inverts successorProvince", () => {
    const all = provinces("2025-07-01").flatMap((unit) => {
      const before = predecessorProvinces(unit.code);
      expect(before.map((p) => p.code)).toContain(unit.code);
      for (const old of before) expect(successorProvince(old.code)).toBe(unit);
      return before;
    });
    expect(new Set(all).size).toBe(63);
    expect(all).toHaveLength(63);
  });

  it("returns an empty list for what is not one of the 34 units", () => {
    expect(predecessorProvinces("02")).toEqual([]);
    expect(predecessorProvinces("Hà Giang")).toEqual([]);
    expect(predecessorProvinces("")).toEqual([]);
  });
});
