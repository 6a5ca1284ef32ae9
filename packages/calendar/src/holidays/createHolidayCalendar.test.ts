import { describe, expect, it } from "vitest";
import { hungKingsDay } from "../lunar/hungKingsDay.ts";
import { createHolidayCalendar } from "./createHolidayCalendar.ts";
import { holidayDecisions } from "./data/holidayDecisions.ts";
import type { HolidayDecision } from "./HolidayDecision.ts";

const decision2027: HolidayDecision = {
  year: 2027,
  source: "Thông báo 1234/TB-BNV (example)",
  tet: { from: "2027-02-05", to: "2027-02-11" },
  nationalDayAdjacent: "2027-09-03",
  swaps: [{ off: "2027-04-29", worked: "2027-04-24", name: "holiday.victoryDay" }],
};

describe("createHolidayCalendar", () => {
  it("uses a decision given for a year the SDK has none for, not provisional", () => {
    const calendar = createHolidayCalendar({ decisions: [decision2027] });
    const days = calendar.publicHolidays(2027);
    expect(days.some((day) => day.provisional)).toBe(false);
    expect(days.filter((day) => day.name === "holiday.tet").map((day) => day.date)[0]).toBe("2027-02-05");
    expect(days.find((day) => day.date === "2027-04-29")).toMatchObject({
      kind: "decreed",
      name: "holiday.victoryDay",
    });
    expect(calendar.isWorkingDay("2027-04-24")).toBe(true);
    expect(calendar.isWorkingDay("2027-02-04")).toBe(true);
    expect(calendar.makeUpWorkingDays(2027)).toEqual([
      { date: "2027-04-24", replaces: "2027-04-29", name: "holiday.victoryDay", source: decision2027.source },
    ]);
  });

  it("replaces the SDK's decision for a year, e.g. with a province's own schedule", () => {
    const builtIn = holidayDecisions.find((decision) => decision.year === 2025);
    const calendar = createHolidayCalendar({
      decisions: [{ ...builtIn, year: 2025, source: "Quyết định …/QĐ-UBND (example)", tet: builtIn!.tet, swaps: [] }],
    });
    expect(calendar.isWorkingDay("2025-05-02")).toBe(true);
    expect(calendar.isWorkingDay("2025-04-26")).toBe(false);
    expect(calendar.publicHolidays(2025).find((day) => day.date === "2025-01-27")?.source).toMatch(/QĐ-UBND/);
  });

  it("lets the last decision given for a year win", () => {
    const later = { ...decision2027, tet: { from: "2027-02-04", to: "2027-02-10" } };
    const calendar = createHolidayCalendar({ decisions: [decision2027, later] });
    expect(calendar.isWorkingDay("2027-02-04")).toBe(false);
  });

  it("computes Giỗ Tổ from the lunar calendar when a decision leaves it out, matching the notices", () => {
    for (const decision of holidayDecisions) {
      if ("hungKingsDay" in decision) expect(hungKingsDay(decision.year)).toBe(decision.hungKingsDay);
    }
    const calendar = createHolidayCalendar({ decisions: [decision2027] });
    expect(calendar.publicHolidays(2027).find((day) => day.name === "holiday.hungKings")?.date).toBe("2027-04-16");
  });

  it("keeps the cache of each calendar apart", () => {
    const withDecision = createHolidayCalendar({ decisions: [decision2027] });
    const without = createHolidayCalendar();
    expect(withDecision.isWorkingDay("2027-02-11")).toBe(false);
    expect(without.isWorkingDay("2027-02-11")).toBe(true);
  });

  it("throws calendar.invalid-holiday-decision for impossible decisions", () => {
    const wrong: HolidayDecision[] = [
      { ...decision2027, year: 2006 },
      { ...decision2027, source: " " },
      { ...decision2027, tet: { from: "2027-02-11", to: "2027-02-05" } },
      { ...decision2027, tet: { from: "2026-12-31", to: "2027-02-05" } },
      { ...decision2027, nationalDayAdjacent: "2027-09-04" },
      { ...decision2027, hungKingsDay: "2027-02-30" },
      { ...decision2027, swaps: [{ off: "2027-04-24", worked: "2027-04-29", name: "holiday.victoryDay" }] },
      { ...decision2027, swaps: [{ off: "2027-04-29", worked: "2028-02-05", name: "holiday.victoryDay" }] },
      { ...decision2027, swaps: [{ off: "2026-12-31", worked: "2026-12-26", name: "holiday.newYear" }] },
      { ...decision2027, sources: [{ document: "Thông báo …", issuer: undefined as unknown as string }] },
    ];
    for (const decision of wrong) {
      expect(() => createHolidayCalendar({ decisions: [decision] }), JSON.stringify(decision)).toThrow(
        expect.objectContaining({
          code: "calendar.invalid-holiday-decision",
          message: expect.stringMatching(/e\.g\./),
        }),
      );
    }
  });
});

describe("createHolidayCalendar's calendar.invalid-options", () => {
  it("is the code for options it does not take, with a message saying what to pass", () => {
    const lists = /^decisions, rules and enable must be lists: pass e\.g\. \{ decisions: /u;
    const cases: readonly [unknown, RegExp][] = [
      [
        5,
        /^createHolidayCalendar: options must be an object \{ rules, includeUnconfirmed, decisions, enable \}, not 5$/u,
      ],
      [
        { includeUnconfirmed: "yes" },
        /^createHolidayCalendar: options\.includeUnconfirmed must be true or false, not "yes"$/u,
      ],
      [
        { includeUnconfirmed: null },
        /^createHolidayCalendar: options\.includeUnconfirmed must be true or false, not null$/u,
      ],
      [{ rules: "holidayRules" }, lists],
      [{ decisions: {} }, lists],
      [{ enable: [24] }, lists],
      [{ rules: [{ id: "x" }] }, /^the holiday rule .+ is not a rule: .+; pass rules shaped like holidayRules$/u],
    ];
    for (const [options, message] of cases) {
      expect(() => createHolidayCalendar(options as never)).toThrow(
        expect.objectContaining({ code: "calendar.invalid-options", message: expect.stringMatching(message) }),
      );
    }
  });
});
