import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editions } from "../../data/editions.ts";
import { editionSchema } from "./editionSchema.ts";
import { findEdition } from "./findEdition.ts";

describe("findEdition", () => {
  it("gives the 2020 letter, theme, Week and report deadline", () => {
    const edition = findEdition(2020);
    expect(edition).toMatchObject({
      letterNumber: "3589/BGDĐT-GDTX",
      letterDate: "2020-09-15",
      theme: "Chuyển đổi số thúc đẩy Học tập suốt đời",
      draftingUnit: "GDTX",
      reportDeadline: { kind: "before", date: "2020-10-30" },
      provisional: false,
    });
    expect(edition.week).toMatchObject({ start: "2020-10-01", end: "2020-10-07", opening: "2020-10-01" });
  });

  it("knows the Weeks that ran on other days", () => {
    expect(findEdition(2023).week.start).toBe("2023-10-02");
    expect(findEdition(2014).week.start).toBe("2014-09-29");
    expect(findEdition(2025).draftingUnit).toBe("GDNNGDTX");
  });

  it("leaves unknown facts undefined instead of guessing", () => {
    const edition = findEdition(2016);
    expect(edition).toMatchObject({ letterNumber: undefined, theme: undefined, provisional: true });
  });

  it("lets a user supply a year's letter without a new release, over the SDK's data", () => {
    const edition = findEdition(2026, {
      editions: [
        {
          year: 2026,
          letterNumber: "4321/BGDĐT-GDNNGDTX",
          start: "2026-10-01",
          reportDeadline: { kind: "noLaterThan", date: "2026-10-25" },
          source: "Công văn 4321/BGDĐT-GDNNGDTX (example)",
        },
      ],
    });
    expect(edition).toMatchObject({ letterNumber: "4321/BGDĐT-GDNNGDTX", provisional: false });
    expect(edition.reportDeadline).toEqual({ kind: "noLaterThan", date: "2026-10-25" });
    expect(findEdition(2020, { editions: [{ year: 2020, theme: "Khác", source: "test" }] }).theme).toBe("Khác");
  });

  it("holds only valid editions, one per year", () => {
    for (const edition of editions) expect(editionSchema.safeParse(edition).success, String(edition.year)).toBe(true);
    expect(new Set(editions.map((edition) => edition.year)).size).toBe(editions.length);
  });

  it("answers for every year of the Week", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2011, max: 2200 }), (year) => {
        const edition = findEdition(year);
        expect(edition.week.days).toHaveLength(7);
        expect(edition.sources.length + (edition.provisional ? 1 : 0)).toBeGreaterThan(0);
      }),
    );
  });
});
