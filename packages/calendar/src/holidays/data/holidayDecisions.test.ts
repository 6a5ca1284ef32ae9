import { describe, expect, it } from "vitest";
import { dayOfWeek } from "../../dayOfWeek.ts";
import { isIsoDate } from "../../isIsoDate.ts";
import { holidayDecisions } from "./holidayDecisions.ts";

describe("holidayDecisions", () => {
  it("holds one decision a year, 2020 to 2026, in order", () => {
    expect(holidayDecisions.map((decision) => decision.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
  });

  it("gives every decision a source in NFC and dates of its own year", () => {
    for (const decision of holidayDecisions) {
      expect(decision.source.length).toBeGreaterThan(0);
      expect(decision.source).toBe(decision.source.normalize("NFC"));
      const dates: string[] = [decision.tet.from, decision.tet.to, decision.hungKingsDay];
      if ("nationalDayAdjacent" in decision) dates.push(decision.nationalDayAdjacent);
      for (const swap of "swaps" in decision ? decision.swaps : []) dates.push(swap.off, swap.worked);
      for (const date of dates) {
        expect(isIsoDate(date)).toBe(true);
        expect(date.startsWith(`${decision.year}-`)).toBe(true);
      }
    }
  });

  it("swaps a weekday off for a Saturday worked", () => {
    for (const decision of holidayDecisions) {
      for (const swap of "swaps" in decision ? decision.swaps : []) {
        expect(dayOfWeek(swap.worked)).toBe(6);
        expect([1, 2, 3, 4, 5]).toContain(dayOfWeek(swap.off));
      }
    }
  });

  it("gives a day next to 2 September from 2021 only (Labour Code 2019)", () => {
    for (const decision of holidayDecisions) expect("nationalDayAdjacent" in decision).toBe(decision.year >= 2021);
  });
});
