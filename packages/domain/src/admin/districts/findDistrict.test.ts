import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldVietnamese } from "../foldVietnamese.ts";
import type { District } from "./District.ts";
import { districtRecords } from "./districtRecords.ts";
import { findDistrict } from "./findDistrict.ts";
import { findDistricts } from "./findDistricts.ts";

const stripDiacritics = (value: string) =>
  value.normalize("NFD").replace(/\p{M}/gu, "").replaceAll("đ", "d").replaceAll("Đ", "D");
const codeOf = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
};

// The units another unit of their province shares a name with, with or without diacritics («Huyện Kỳ Anh», «Thị xã
// Kỳ Anh»): their bare name finds both.
const twins = new Set(
  districtRecords.filter((unit) =>
    districtRecords.some(
      (other) =>
        other !== unit && other.province === unit.province && foldVietnamese(other.name) === foldVietnamese(unit.name),
    ),
  ),
);

describe("findDistrict", () => {
  it("finds a unit by its code", () => {
    expect(findDistrict("001")?.fullName).toBe("Quận Ba Đình");
    expect(findDistrict(" 769 ")?.fullName).toBe("Thành phố Thủ Đức");
    expect(findDistrict("001", { province: "79" })).toBeUndefined();
    expect(findDistrict("1")?.fullName).toBe("Quận 1"); // the name of a numbered quận, not a code
    expect(findDistrict("01")).toBeUndefined();
    expect(findDistrict("999")).toBeUndefined();
    expect(findDistrict("00004")).toBeUndefined();
  });

  it("finds a unit by its name with or without its kind, any case, with or without diacritics", () => {
    const badinh = findDistrict("001");
    for (const query of ["Quận Ba Đình", "quan ba dinh", "Ba Đình", "BA ĐÌNH", "Ba Dinh", "  ba   đình "]) {
      expect(findDistrict(query, { province: "01" }), query).toBe(badinh);
    }
    expect(findDistrict("Quận Ba Đình")).toBe(badinh);
    expect(findDistrict("Ba Đình", { province: "Hà Nội", onDate: "2024-10-07" })).toBe(badinh);
    expect(findDistrict("Huyện Ba Đình", { province: "01" })).toBeUndefined();
    expect(findDistrict("Quận 1")?.code).toBe("760");
    expect(findDistrict("thanh pho thu duc")?.code).toBe("769");
    expect(findDistrict("Thị xã Sơn Tây")?.code).toBe("269");
  });

  it("tells apart a huyện and the thị xã or thành phố of the same name by their kind", () => {
    expect(findDistrict("Kỳ Anh", { province: "42" })).toBeUndefined();
    expect(findDistricts("Kỳ Anh", { province: "42" }).map((unit) => unit.fullName)).toEqual([
      "Huyện Kỳ Anh",
      "Thị xã Kỳ Anh",
    ]);
    expect(findDistrict("Huyện Kỳ Anh")?.code).toBe("447");
    expect(findDistrict("thi xa ky anh")?.code).toBe("449");
    expect(findDistrict("Thành phố Cao Lãnh")?.province).toBe("87");
  });

  it("returns undefined for a name shared by several provinces unless one is given", () => {
    expect(findDistrict("Châu Thành")).toBeUndefined();
    expect(findDistricts("Châu Thành")).toHaveLength(10);
    expect(findDistrict("Châu Thành", { province: "Tiền Giang" })?.code).toBe("821");
  });

  it("finds nothing from 01/07/2025, in a province not in force, or for what is no unit", () => {
    expect(findDistrict("001", { onDate: "2025-07-01" })).toBeUndefined();
    expect(findDistrict("001", { onDate: "2025-06-30" })?.code).toBe("001");
    expect(findDistrict("001", { onDate: "2015-01-01" })?.code).toBe("001");
    expect(findDistrict("Ba Đình", { province: "Hà Giang" })).toBeUndefined();
    for (const query of ["", " ", "Quận", "Huyện", "Thị xã", "Thành phố", "-", "Hà Nội", "00", "0010"]) {
      expect(findDistricts(query), query).toEqual([]);
    }
  });

  it("searches a caller's own list", () => {
    const list: readonly District[] = [
      { code: "356", kind: "thanh-pho", name: "Nam Định", fullName: "Thành phố Nam Định", province: "36" },
      { code: "900", kind: "huyen", name: "Mới", fullName: "Huyện Mới", province: "36" },
    ];
    expect(findDistrict("huyen moi", { list })?.code).toBe("900");
    expect(findDistrict("900", { list, province: "Nam Định" })).toBe(list[1]);
    expect(findDistrict("Hải Hậu", { list })).toBeUndefined();
    expect(findDistrict("Hải Hậu")?.code).toBe("366");
    expect(findDistrict("900", { list, onDate: "2025-07-01" })).toBeUndefined();
  });

  it("throws domain.invalid-argument for an argument that is not one, calendar.invalid-date for a bad day", () => {
    expect(codeOf(() => findDistrict(1 as unknown as string))).toBe("domain.invalid-argument");
    expect(codeOf(() => findDistricts(null as unknown as string))).toBe("domain.invalid-argument");
    expect(codeOf(() => findDistrict("Ba Đình", "01" as never))).toBe("domain.invalid-argument");
    expect(codeOf(() => findDistrict("Ba Đình", { province: 1 as unknown as string }))).toBe("domain.invalid-argument");
    expect(codeOf(() => findDistrict("Ba Đình", { list: {} as never }))).toBe("domain.invalid-argument");
    expect(codeOf(() => findDistricts("Ba Đình", { list: [{ code: "001" }] as never }))).toBe(
      "domain.invalid-argument",
    );
    expect(codeOf(() => findDistrict("Ba Đình", { onDate: "2024-02-30" }))).toBe("calendar.invalid-date");
    expect(() => findDistrict(1 as unknown as string)).toThrow(/findDistrict: pass a district's three-digit code/);
  });

  it("finds every unit by its code, by its full name, and by its name without diacritics in its province", () => {
    fc.assert(
      fc.property(fc.constantFrom(...districtRecords), fc.constantFrom("lower", "upper", "as-is"), (unit, casing) => {
        const cased = (text: string) =>
          casing === "lower" ? text.toLowerCase() : casing === "upper" ? text.toUpperCase() : text;
        expect(findDistrict(unit.code)).toBe(unit);
        expect(findDistrict(cased(unit.fullName), { province: unit.province })).toBe(unit);
        const folded = cased(stripDiacritics(unit.name));
        if (twins.has(unit)) {
          expect(findDistricts(cased(unit.name), { province: unit.province })).toContain(unit);
          expect(findDistricts(folded, { province: unit.province })).toContain(unit);
        } else {
          expect(findDistrict(cased(unit.name), { province: unit.province })).toBe(unit);
          expect(findDistrict(folded, { province: unit.province })).toBe(unit);
        }
        expect(findDistricts(unit.fullName)).toContain(unit);
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws on a string, with or without a province", () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string(), { nil: undefined }), (query, province) => {
        const options = province === undefined ? {} : { province };
        expect(() => findDistrict(query, options)).not.toThrow();
        for (const unit of findDistricts(query, options)) expect(districtRecords).toContain(unit);
      }),
      { numRuns: 300 },
    );
  });
});
