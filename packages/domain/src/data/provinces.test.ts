import { addDays } from "@xhht/calendar";
import { describe, expect, it } from "vitest";
import { lastDayOf63Units, provinceMerger2025, provinceRecords, twoTierGovernmentFrom } from "./provinces.ts";

const codesOn = (date: string) =>
  provinceRecords
    .filter((r) => r.validFrom <= date && (r.validTo === undefined || date <= r.validTo))
    .map((r) => r.code)
    .sort();

describe("provinces data", () => {
  it("lists 63 distinct codes on the last day of the old structure and 34 on the first day of the new", () => {
    expect(new Set(codesOn(lastDayOf63Units)).size).toBe(63);
    expect(codesOn(lastDayOf63Units)).toHaveLength(63);
    expect(new Set(codesOn(twoTierGovernmentFrom)).size).toBe(34);
    expect(codesOn(twoTierGovernmentFrom)).toHaveLength(34);
  });

  it("maps every old code to exactly one new unit", () => {
    const oldCodes = codesOn(lastDayOf63Units);
    const mapped = provinceMerger2025.flatMap((row) => row.formedFrom).sort();
    expect(mapped).toEqual(oldCodes);
  });

  it("gives each new unit the code of one of its predecessors, and lists exactly the 34 units", () => {
    for (const row of provinceMerger2025) expect(row.formedFrom).toContain(row.code);
    expect(provinceMerger2025.map((row) => row.code).sort()).toEqual(codesOn(twoTierGovernmentFrom));
  });

  it("keeps one record across 01/07/2025 exactly for the units formed from themselves alone", () => {
    const unchanged = provinceMerger2025.filter((row) => row.formedFrom.length === 1).map((row) => row.code);
    const spanning = provinceRecords
      .filter((r) => r.validFrom <= lastDayOf63Units && r.validTo === undefined)
      .map((r) => r.code);
    expect(spanning.sort()).toEqual(unchanged.sort());
    expect(unchanged).toHaveLength(11);
  });

  it("leaves no gap and no overlap between the records of one code", () => {
    for (const code of new Set(provinceRecords.map((r) => r.code))) {
      const sorted = provinceRecords
        .filter((r) => r.code === code)
        .sort((a, b) => a.validFrom.localeCompare(b.validFrom));
      for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.validFrom).toBe(addDays(sorted[i - 1]!.validTo!, 1));
    }
  });
});
