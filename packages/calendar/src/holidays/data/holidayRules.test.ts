import { describe, expect, it } from "vitest";
import { isIsoDate } from "../../isIsoDate.ts";
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

  it("has 10 days under the 2012 Code and 11 under the 2019 Code", () => {
    const days = (from: string) =>
      holidayRules
        .filter((rule) => rule.from === from)
        .reduce((total, rule) => total + (rule.on.kind === "tet" ? rule.on.days : 1), 0);
    expect(days("2013-05-01")).toBe(10);
    expect(days("2021-01-01")).toBe(11);
  });

  it("marks only 24/11 unconfirmed, without nghỉ bù", () => {
    const unconfirmed = holidayRules.filter((rule) => !rule.confirmed);
    expect(unconfirmed.map((rule) => rule.name)).toEqual(["holiday.cultureDay"]);
    expect(unconfirmed[0]?.compensated).toBe(false);
    expect(unconfirmed[0]?.source).toMatch(/UNCONFIRMED/);
  });
});
