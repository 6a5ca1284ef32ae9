import { describe, expect, it } from "vitest";
import { addDays } from "../../addDays.ts";
import { isIsoDate } from "../../isIsoDate.ts";
import { holidayRuleSources } from "../../sources/index.ts";
import { expectCheckableSources, expectNamedSource } from "../../testing/expectCheckableSources.ts";
import { holidayNames } from "../holidayNames.ts";
import { holidayRules } from "./holidayRules.ts";

describe("holidayRules", () => {
  it("gives every rule a unique id, a known name, valid dates and a source in NFC", () => {
    expect(new Set(holidayRules.map((rule) => rule.id)).size).toBe(holidayRules.length);
    for (const rule of holidayRules) {
      expect(Object.values(holidayNames)).toContain(rule.name);
      expect(isIsoDate(rule.from)).toBe(true);
      if ("to" in rule) expect(isIsoDate(rule.to) && rule.from <= rule.to).toBe(true);
      expect(rule.source).toBe(rule.source.normalize("NFC"));
    }
  });

  it("has 9 days under the 1994 Code as amended in 2007, 10 under the 2012 Code and 11 under the 2019 Code", () => {
    const days = (from: string) =>
      holidayRules
        .filter((rule) => rule.from === from)
        .reduce((total, rule) => total + (rule.on.kind === "tet" ? rule.on.days : 1), 0);
    expect(days("2007-04-02")).toBe(9);
    expect(days("2013-05-01")).toBe(10);
    expect(days("2021-01-01")).toBe(11);
  });

  it("gives Tết four days under the 1994 Code, until 30/04/2013, and five from the 2012 Code's 01/05/2013", () => {
    const tet = holidayRules.filter((rule) => rule.on.kind === "tet");
    expect(tet.map((rule) => [rule.from, "to" in rule ? rule.to : undefined, rule.on])).toEqual([
      ["2007-01-01", "2007-04-01", { kind: "tet", days: 4 }],
      ["2007-04-02", "2013-04-30", { kind: "tet", days: 4 }],
      ["2013-05-01", "2020-12-31", { kind: "tet", days: 5 }],
      ["2021-01-01", undefined, { kind: "tet", days: 5 }],
    ]);
    expect(tet[1]?.source).toMatch(/Điều 73.*84\/2007\/QH11/);
  });

  it("has Giỗ Tổ from 2007 on, without a gap, and never two rules of a holiday in force on the same day", () => {
    const hungKings = holidayRules.filter((rule) => rule.on.kind === "hungKings");
    expect(hungKings[0]?.from).toBe("2007-04-02");
    for (const [index, rule] of hungKings.entries()) {
      const next = hungKings[index + 1];
      if (next && "to" in rule) expect(addDays(rule.to, 1)).toBe(next.from);
    }
    const key = (rule: (typeof holidayRules)[number]) => `${rule.name} ${JSON.stringify(rule.on)}`;
    for (const a of holidayRules) {
      for (const b of holidayRules) {
        if (a === b || key(a) !== key(b)) continue;
        const aEnd = "to" in a ? a.to : "9999-12-31";
        const bEnd = "to" in b ? b.to : "9999-12-31";
        expect(aEnd < b.from || bEnd < a.from, `${a.id} / ${b.id}`).toBe(true);
      }
    }
  });

  it("marks unconfirmed only 24/11 (no nghỉ bù) and 1/1 and Tết of 2007 before the 2007 amendment", () => {
    const unconfirmed = holidayRules.filter((rule) => !rule.confirmed);
    expect(unconfirmed.map((rule) => [rule.name, rule.from])).toEqual([
      ["holiday.newYear", "2007-01-01"],
      ["holiday.tet", "2007-01-01"],
      ["holiday.cultureDay", "2026-01-01"],
    ]);
    for (const rule of unconfirmed) expect(rule.source).toMatch(/UNCONFIRMED/);
    expect(unconfirmed.find((rule) => rule.name === "holiday.cultureDay")?.compensated).toBe(false);
  });

  it("keeps 24/11 opt-in, off by default, until an enacted text fills its citation", () => {
    const optIn = holidayRules.filter((rule) => "optIn" in rule && rule.optIn);
    expect(optIn.map((rule) => [rule.id, rule.confirmed, "citation" in rule && rule.citation])).toEqual([
      ["culture-day-24-11", false, undefined],
    ]);
    expect(optIn[0]?.source).toMatch(/80-NQ\/TW \(07\/01\/2026\).*30\/NQ-CP/);
  });

  it("cites for every rule in @xhht/calendar/sources the enacted text, or the announcements of one not enacted", () => {
    const ids: readonly string[] = holidayRules.map((rule) => rule.id);
    for (const id of Object.keys(holidayRuleSources)) expect(ids, `sources for ${id}`).toContain(id);
    for (const rule of holidayRules) {
      expectCheckableSources(holidayRuleSources[rule.id], rule.id);
      expectNamedSource(rule.source, rule.id);
      const codes = (holidayRuleSources[rule.id] ?? []).map((source) => source.document).join("; ");
      if (rule.id.startsWith("blld-2019")) expect(codes).toMatch(/45\/2019\/QH14/);
      if (rule.id.startsWith("blld-2012")) expect(codes).toMatch(/10\/2012\/QH13/);
      if (rule.id.startsWith("blld-1994") && rule.confirmed) expect(codes).toMatch(/84\/2007\/QH11/);
    }
  });
});
