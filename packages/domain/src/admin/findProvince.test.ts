import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findProvince } from "./findProvince.ts";
import { provinceHistory } from "./provinceHistory.ts";
import { provinces } from "./provinces.ts";

const stripDiacritics = (value: string) =>
  value.normalize("NFD").replace(/\p{M}/gu, "").replaceAll("đ", "d").replaceAll("Đ", "D");

describe("findProvince", () => {
  it("finds a unit by its code, padded or not", () => {
    expect(findProvince("01")?.name).toBe("Thành phố Hà Nội");
    expect(findProvince("4")?.name).toBe("Tỉnh Cao Bằng");
    expect(findProvince(" 27 ", "2020-09-15")?.shortName).toBe("Bắc Ninh");
  });

  it("finds a unit by its full or short name, with or without diacritics, in any case", () => {
    const hanoi = findProvince("01");
    for (const query of [
      "Thành phố Hà Nội",
      "Hà Nội",
      "ha noi",
      "HÀ NỘI",
      "Ha Noi",
      "TP. Hà Nội",
      "thanh pho ha noi",
    ]) {
      expect(findProvince(query), query).toBe(hanoi);
    }
    expect(findProvince("Thanh Hoa")?.code).toBe("38");
    expect(findProvince("Thanh Hoá")?.code).toBe("38");
    expect(findProvince("dak lak")?.code).toBe("66");
    expect(findProvince("ĐẮK NÔNG", "2020-01-01")?.code).toBe("67");
    expect(findProvince("Ba Ria Vung Tau", "2020-01-01")?.code).toBe("77");
    expect(findProvince("TP.HCM")).toBeUndefined();
    expect(findProvince("TP. Hồ Chí Minh")?.name).toBe("Thành phố Hồ Chí Minh");
  });

  it("searches only the units in force on the given day", () => {
    expect(findProvince("Hà Giang", "2020-09-15")?.code).toBe("02");
    expect(findProvince("Hà Giang", "2025-07-01")).toBeUndefined();
    expect(findProvince("24", "2020-09-15")?.shortName).toBe("Bắc Giang");
    expect(findProvince("24", "2025-07-01")?.shortName).toBe("Bắc Ninh");
    expect(findProvince("Thừa Thiên Huế", "2024-06-01")?.code).toBe("46");
    expect(findProvince("Thừa Thiên Huế", "2025-01-01")).toBeUndefined();
    expect(findProvince("Huế", "2025-01-01")?.kind).toBe("thanh-pho-truc-thuoc-trung-uong");
  });

  it("returns the most recent unit that bore the code or name when no day is given", () => {
    expect(findProvince("24")?.shortName).toBe("Bắc Ninh");
    expect(findProvince("Bắc Ninh")?.code).toBe("24");
    expect(findProvince("Bắc Giang")?.code).toBe("24");
    expect(findProvince("Bắc Giang")?.validTo).toBe("2025-06-30");
    expect(findProvince("46")?.name).toBe("Thành phố Huế");
  });

  it("refuses a name given with the wrong kind", () => {
    expect(findProvince("Tỉnh Hà Nội")).toBeUndefined();
    expect(findProvince("Tỉnh Cao Bằng")?.code).toBe("04");
  });

  it("returns undefined for what is not a unit", () => {
    for (const query of ["", "  ", "00", "03", "100", "Hà Tây", "Sài Gòn", "Tỉnh", "-"]) {
      expect(findProvince(query), query).toBeUndefined();
    }
  });

  it("finds any unit of any day by its name with diacritics stripped and the case changed", () => {
    const days = ["2020-09-15", "2025-03-01", "2025-07-01"];
    const units = days.flatMap((day) => provinces(day).map((province) => [day, province] as const));
    fc.assert(
      fc.property(
        fc.constantFrom(...units),
        fc.boolean(),
        fc.constantFrom("lower", "upper", "as-is"),
        ([day, province], full, casing) => {
          const name = stripDiacritics(full ? province.name : province.shortName);
          const query = casing === "lower" ? name.toLowerCase() : casing === "upper" ? name.toUpperCase() : name;
          expect(findProvince(query, day)).toBe(province);
        },
      ),
    );
  });

  it("finds every record's unit on its first day by its code, its name and its short name", () => {
    for (const province of provinceHistory) {
      for (const query of [province.code, province.name, province.shortName]) {
        expect(findProvince(query, province.validFrom), query).toBe(province);
      }
    }
  });

  it("never throws on random strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (query) => {
        findProvince(query);
        findProvince(query, "2025-07-01");
      }),
    );
    fc.assert(fc.property(fc.string({ unit: "binary" }), (query) => void findProvince(query)));
  });
});
