import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayOfWeek } from "../dayOfWeek.ts";
import { holidayDecisions } from "./data/holidayDecisions.ts";
import { provisionalNationalDayAdjacent } from "./provisionalNationalDayAdjacent.ts";

describe("provisionalNationalDayAdjacent", () => {
  it("reproduces the day chosen by every decision of 2021-2026", () => {
    for (const decision of holidayDecisions) {
      if ("nationalDayAdjacent" in decision) {
        expect(provisionalNationalDayAdjacent(decision.year)).toBe(decision.nationalDayAdjacent);
      }
    }
  });

  it("takes 3 September after a Thursday, Monday or Sunday 2 September and 1 September otherwise", () => {
    expect(provisionalNationalDayAdjacent(2027)).toBe("2027-09-03"); // Thursday
    expect(provisionalNationalDayAdjacent(2029)).toBe("2029-09-03"); // Sunday
    expect(provisionalNationalDayAdjacent(2028)).toBe("2028-09-01"); // Saturday
  });

  it("never lands on a Saturday or Sunday", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2021, max: 9999 }), (year) => {
        const weekday = dayOfWeek(provisionalNationalDayAdjacent(year));
        expect(weekday === 0 || weekday === 6).toBe(false);
      }),
    );
  });
});
