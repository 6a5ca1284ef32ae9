import { describe, expect, it } from "vitest";
import { provinces } from "../provinces.ts";
import { communes } from "./communes.ts";

const codeOf = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

describe("communes", () => {
  it("lists the 3,321 units from 01/07/2025, sorted by code", () => {
    const all = communes("2025-07-01");
    expect(all).toHaveLength(3321);
    expect(communes("2031-12-31")).toBe(all);
    expect(all.map((unit) => unit.code)).toEqual(all.map((unit) => unit.code).sort());
    expect(all[0]).toEqual({
      code: "00004",
      kind: "phuong",
      name: "Ba Đình",
      fullName: "Phường Ba Đình",
      province: "01",
    });
    expect(Object.isFrozen(all) && Object.isFrozen(all[0])).toBe(true);
  });

  it("lists none before 01/07/2025: the SDK has no earlier commune list", () => {
    expect(communes("2025-06-30")).toEqual([]);
    expect(communes("2020-09-15", { province: "01" })).toEqual([]);
  });

  it("lists one province's units by its code or name", () => {
    expect(communes("2025-07-01", { province: "01" })).toHaveLength(126);
    expect(communes("2025-07-01", { province: "Hà Nội" })).toHaveLength(126);
    expect(communes("2025-07-01", { province: "ho chi minh" })).toHaveLength(168);
    expect(communes("2025-07-01", { province: "79" }).every((unit) => unit.province === "79")).toBe(true);
    const total = provinces("2025-07-01").reduce(
      (sum, province) => sum + communes("2025-07-01", { province: province.code }).length,
      0,
    );
    expect(total).toBe(3321);
    expect(communes("2025-07-01", { province: "Hà Giang" })).toEqual([]);
    expect(communes("2025-07-01", { province: "02" })).toEqual([]);
    expect(communes("2025-07-01", { province: "" })).toEqual([]);
  });

  it("names the kinds by their prefix", () => {
    for (const unit of communes("2025-07-01")) {
      const prefix = { xa: "Xã", phuong: "Phường", "dac-khu": "Đặc khu" }[unit.kind];
      expect(unit.fullName).toBe(`${prefix} ${unit.name}`);
    }
  });

  it("throws domain.invalid-argument for a day or province that is not a string, calendar.invalid-date for a bad day", () => {
    expect(codeOf(() => communes(undefined as unknown as string))).toBe("domain.invalid-argument");
    expect(codeOf(() => communes("2025-07-01", { province: 1 as unknown as string }))).toBe("domain.invalid-argument");
    expect(codeOf(() => communes("2025-07-01", [] as never))).toBe("domain.invalid-argument");
    expect(codeOf(() => communes("01/07/2025"))).toBe("calendar.invalid-date");
    expect(() => communes(undefined as unknown as string)).toThrow(
      /communes: pass the day as YYYY-MM-DD.*got undefined/,
    );
  });
});
