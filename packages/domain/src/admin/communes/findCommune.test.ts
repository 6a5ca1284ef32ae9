import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldVietnamese } from "../foldVietnamese.ts";
import { communeRecords } from "./communeRecords.ts";
import { findCommune } from "./findCommune.ts";
import { findCommunes } from "./findCommunes.ts";

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

// The units another unit of their province shares a name with once diacritics are gone («Tân Thành», «Tân Thạnh»).
const foldedTwins = new Set(
  communeRecords.filter((unit) =>
    communeRecords.some(
      (other) =>
        other !== unit && other.province === unit.province && foldVietnamese(other.name) === foldVietnamese(unit.name),
    ),
  ),
);

describe("findCommune", () => {
  it("finds a unit by its code", () => {
    expect(findCommune("00004")?.fullName).toBe("Phường Ba Đình");
    expect(findCommune(" 26732 ")?.fullName).toBe(findCommune("Côn Đảo")?.fullName);
    expect(findCommune("00004", { province: "79" })).toBeUndefined();
    expect(findCommune("4")).toBeUndefined();
    expect(findCommune("99999")).toBeUndefined();
  });

  it("finds a unit by its name with or without its kind, any case, with or without diacritics", () => {
    const badinh = findCommune("00004");
    for (const query of ["Phường Ba Đình", "phuong ba dinh", "Ba Đình", "BA ĐÌNH", "Ba Dinh", "  ba   đình "]) {
      expect(findCommune(query, { province: "01" }), query).toBe(badinh);
    }
    expect(findCommune("Phường Ba Đình", { province: "Hà Nội" })).toBe(badinh);
    expect(findCommune("Phường Ba Đình", { province: "Thành phố Hà Nội" })).toBe(badinh);
    expect(findCommune("Phường Ba Đình", { province: "1" })).toBe(badinh);
    expect(findCommune("Xã Ba Đình", { province: "01" })).toBeUndefined();
  });

  it("keeps diacritics apart when the query has them, and lists the candidates when it has not", () => {
    expect(findCommune("Tân Thạnh", { province: "80" })?.code).toBe("27826");
    expect(findCommune("Tân Thành", { province: "80" })?.code).toBe("25534");
    expect(findCommune("Tan Thanh", { province: "80" })).toBeUndefined();
    expect(findCommunes("Tan Thanh", { province: "80" }).map((unit) => unit.code)).toEqual(["25534", "27826"]);
    expect(findCommune("Phường Đông Tiến", { province: "38" })?.code).toBe("15853");
    expect(findCommune("Phuong Dong Tien", { province: "38" })?.code).toBe("15853");
    expect(findCommune("Xa Dong Tien", { province: "38" })?.code).toBe("15724");
  });

  it("reads a query without diacritics as every name it could be written for", () => {
    expect(findCommunes("ba dinh").map((unit) => unit.fullName)).toEqual([
      "Phường Ba Đình",
      "Xã Ba Đình",
      "Xã Ba Dinh",
    ]);
    expect(findCommunes("Ba Đình").map((unit) => unit.province)).toEqual(["01", "38"]);
    expect(findCommune("Ba Dinh", { province: "Quảng Ngãi" })?.fullName).toBe("Xã Ba Dinh");
    expect(findCommune("Thanh An", { province: "79" })).toBeUndefined();
    expect(findCommune("Xã Thanh An", { province: "79" })?.code).toBe("25807");
    expect(findCommune("Thạnh An", { province: "79" })?.code).toBe("27676");
  });

  it("reads a name that starts like a kind both ways", () => {
    expect(findCommune("Phuong Liet")?.fullName).toBe("Phường Phương Liệt");
    expect(findCommune("Phường Phương Liệt")?.fullName).toBe("Phường Phương Liệt");
    expect(findCommune("xa dung")?.fullName).toBe("Xã Xa Dung");
    expect(findCommune("Xã Xa Dung")?.fullName).toBe("Xã Xa Dung");
  });

  it("reads apostrophes, hyphens and numbers in names", () => {
    for (const query of ["Ea H’Leo", "Ea H'Leo", "ea hleo", "Xã Ea Hleo"])
      expect(findCommune(query)?.code, query).toBe("24184");
    expect(findCommune("Cu Mgar")?.fullName).toBe("Xã Cư M’gar");
    expect(findCommune("Văn Miếu Quốc Tử Giám")?.fullName).toBe("Phường Văn Miếu - Quốc Tử Giám");
    expect(findCommune("phuong 2 bao loc")?.fullName).toBe("Phường 2 Bảo Lộc");
  });

  it("returns undefined for a name shared by several provinces unless one is given", () => {
    expect(findCommune("Tân Thành")).toBeUndefined();
    expect(findCommunes("Tân Thành").length).toBeGreaterThan(1);
    expect(findCommune("Tân Thành", { province: "Cà Mau" })?.fullName).toBe("Phường Tân Thành");
  });

  it("finds nothing before 01/07/2025, in a province not in force, or for what is no unit", () => {
    expect(findCommune("00004", { onDate: "2025-06-30" })).toBeUndefined();
    expect(findCommune("00004", { onDate: "2025-07-01" })?.code).toBe("00004");
    expect(findCommune("00004", { onDate: "2030-01-01" })?.code).toBe("00004");
    expect(findCommune("Ba Đình", { province: "Hà Giang" })).toBeUndefined();
    expect(findCommune("Xuân Hòa", { province: "Vĩnh Phúc" })).toBeUndefined();
    for (const query of ["", " ", "Xã", "Phường", "Đặc khu", "-", "Hà Nội", "0000", "000040"]) {
      expect(findCommunes(query), query).toEqual([]);
    }
  });

  it("throws domain.invalid-argument for an argument that is not a string, calendar.invalid-date for a bad day", () => {
    expect(codeOf(() => findCommune(4 as unknown as string))).toBe("domain.invalid-argument");
    expect(codeOf(() => findCommune(undefined as unknown as string))).toBe("domain.invalid-argument");
    expect(codeOf(() => findCommunes(null as unknown as string))).toBe("domain.invalid-argument");
    expect(codeOf(() => findCommune("Ba Đình", "01" as never))).toBe("domain.invalid-argument");
    expect(codeOf(() => findCommune("Ba Đình", null as never))).toBe("domain.invalid-argument");
    expect(codeOf(() => findCommunes("Ba Đình", { province: 1 as unknown as string }))).toBe("domain.invalid-argument");
    expect(codeOf(() => findCommune("Ba Đình", { onDate: 20250701 as unknown as string }))).toBe(
      "domain.invalid-argument",
    );
    expect(codeOf(() => findCommune("Ba Đình", { onDate: "2025-02-30" }))).toBe("calendar.invalid-date");
    expect(() => findCommune(4 as unknown as string)).toThrow(/findCommune: pass a commune's five-digit code/);
  });

  it("finds every unit by its code, by its full name, and by its name without diacritics in its province", () => {
    fc.assert(
      fc.property(fc.constantFrom(...communeRecords), fc.constantFrom("lower", "upper", "as-is"), (unit, casing) => {
        const cased = (text: string) =>
          casing === "lower" ? text.toLowerCase() : casing === "upper" ? text.toUpperCase() : text;
        expect(findCommune(unit.code)).toBe(unit);
        expect(findCommune(cased(unit.fullName), { province: unit.province })).toBe(unit);
        // A name without diacritics («Thanh An») is also how its twin («Thạnh An») is written without them.
        if (foldedTwins.has(unit) && unit.name === stripDiacritics(unit.name)) {
          expect(findCommunes(cased(unit.name), { province: unit.province })).toContain(unit);
        } else {
          expect(findCommune(cased(unit.name), { province: unit.province })).toBe(unit);
        }
        const folded = cased(stripDiacritics(unit.name));
        if (foldedTwins.has(unit)) expect(findCommunes(folded, { province: unit.province })).toContain(unit);
        else expect(findCommune(folded, { province: unit.province })).toBe(unit);
        expect(findCommunes(unit.fullName)).toContain(unit);
        expect(findCommunes(stripDiacritics(unit.name))).toContain(unit);
      }),
      { numRuns: 2000 },
    );
  });

  it("never throws on a string, with or without a province", () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.string(), { nil: undefined }), (query, province) => {
        const options = province === undefined ? {} : { province };
        expect(() => findCommune(query, options)).not.toThrow();
        for (const unit of findCommunes(query, options)) expect(communeRecords).toContain(unit);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (query) => {
        expect(() => findCommunes(query)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
