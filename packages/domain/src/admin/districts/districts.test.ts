import { describe, expect, it } from "vitest";
import { provinces } from "../provinces.ts";
import type { District } from "./District.ts";
import { districts } from "./districts.ts";

const codeOf = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

const mine: readonly District[] = [
  { code: "356", kind: "thanh-pho", name: "Nam Định", fullName: "Thành phố Nam Định", province: "36" },
  { code: "359", kind: "huyen", name: "Vụ Bản", fullName: "Huyện Vụ Bản", province: "36" },
  { code: "001", kind: "quan", name: "Ba Đình", fullName: "Quận Ba Đình", province: "01" },
];

describe("districts", () => {
  it("lists the 705 units of the snapshot on any day before 01/07/2025, sorted by code", () => {
    const all = districts("2024-10-07");
    expect(all).toHaveLength(705);
    expect(districts("2025-06-30")).toBe(all);
    expect(districts("2011-01-01")).toBe(all);
    expect(all.map((unit) => unit.code)).toEqual(all.map((unit) => unit.code).sort());
    expect(all[0]).toEqual({ code: "001", kind: "quan", name: "Ba Đình", fullName: "Quận Ba Đình", province: "01" });
    expect(Object.isFrozen(all) && Object.isFrozen(all[0])).toBe(true);
  });

  it("lists none from 01/07/2025: the two-tier government has no districts", () => {
    expect(districts("2025-07-01")).toEqual([]);
    expect(districts("2025-10-07", { province: "01" })).toEqual([]);
    expect(districts("2025-07-01", { list: mine })).toEqual([]);
  });

  it("lists one province's units by its code or name, as the provinces were that day", () => {
    expect(districts("2024-10-07", { province: "36" }).map((unit) => unit.code)).toEqual([
      "356",
      "358",
      "359",
      "360",
      "361",
      "362",
      "363",
      "364",
      "365",
      "366",
    ]);
    expect(districts("2024-10-07", { province: "Nam Định" })).toHaveLength(10);
    expect(districts("2024-10-07", { province: "1" })).toHaveLength(30);
    expect(districts("2024-10-07", { province: "ho chi minh" })).toHaveLength(22);
    const total = provinces("2024-10-07").reduce(
      (sum, province) => sum + districts("2024-10-07", { province: province.code }).length,
      0,
    );
    expect(total).toBe(705);
    for (const province of provinces("2025-06-30")) {
      expect(districts("2025-06-30", { province: province.code }).length, province.name).toBeGreaterThan(0);
    }
    expect(districts("2024-10-07", { province: "03" })).toEqual([]);
    expect(districts("2024-10-07", { province: "" })).toEqual([]);
  });

  it("takes a caller's own list instead of the snapshot", () => {
    expect(districts("2025-03-01", { list: mine })).toBe(mine);
    expect(districts("2025-03-01", { province: "Nam Định", list: mine }).map((unit) => unit.code)).toEqual([
      "356",
      "359",
    ]);
    expect(districts("2025-03-01", { list: [] })).toEqual([]);
  });

  it("throws domain.invalid-argument for a day, province or list that is not one, calendar.invalid-date for a bad day", () => {
    expect(codeOf(() => districts(undefined as unknown as string))).toBe("domain.invalid-argument");
    expect(codeOf(() => districts("2024-10-07", { province: 1 as unknown as string }))).toBe("domain.invalid-argument");
    expect(codeOf(() => districts("2024-10-07", [] as never))).toBe("domain.invalid-argument");
    expect(codeOf(() => districts("2024-10-07", { list: "001" as never }))).toBe("domain.invalid-argument");
    const bad = [{ ...mine[0], code: "1" }] as never;
    expect(codeOf(() => districts("2024-10-07", { list: bad }))).toBe("domain.invalid-argument");
    expect(() => districts("2024-10-07", { list: [mine[0], null] as never })).toThrow(/option list: .*entry 1/);
    expect(codeOf(() => districts("07/10/2024"))).toBe("calendar.invalid-date");
  });
});
