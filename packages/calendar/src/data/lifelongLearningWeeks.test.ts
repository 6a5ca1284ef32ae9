import { describe, expect, it } from "vitest";
import { differenceInDays } from "../differenceInDays.ts";
import { isIsoDate } from "../isIsoDate.ts";
import type { LifelongLearningWeekEntry } from "../LifelongLearningWeekEntry.ts";
import { lifelongLearningWeekSources } from "../sources/index.ts";
import { expectCheckableSources, expectNamedSource } from "../testing/expectCheckableSources.ts";
import { lifelongLearningWeeks } from "./lifelongLearningWeeks.ts";

describe("lifelongLearningWeeks", () => {
  it("holds one entry per year, in order of year", () => {
    const years = lifelongLearningWeeks.map((week) => week.year);
    expect(years).toEqual([...new Set(years)].sort((a, b) => a - b));
  });

  it("gives every entry a start in its year, an opening within the week and a source", () => {
    for (const week of lifelongLearningWeeks) {
      const opening = (week as LifelongLearningWeekEntry).opening ?? week.start;
      expect(isIsoDate(week.start)).toBe(true);
      expect(week.start.startsWith(`${week.year}-`)).toBe(true);
      expect(differenceInDays(opening, week.start)).toBeGreaterThanOrEqual(0);
      expect(differenceInDays(opening, week.start)).toBeLessThan(7);
      expect(week.source.length).toBeGreaterThan(0);
      expect(week.source).toBe(week.source.normalize("NFC"));
    }
  });

  it("dates every known letter before its week and every known report deadline after it", () => {
    for (const week of lifelongLearningWeeks) {
      if ("letterDate" in week) {
        expect(isIsoDate(week.letterDate)).toBe(true);
        expect(differenceInDays(week.start, week.letterDate)).toBeGreaterThan(0);
      }
      if ("reportDeadline" in week) {
        expect(differenceInDays(week.reportDeadline.date, week.start)).toBeGreaterThan(6);
        expect(week.reportDeadlineSource.length).toBeGreaterThan(0);
      }
    }
  });

  it("cites for every week in @xhht/calendar/sources a letter or a dated report a user can check", () => {
    const years = lifelongLearningWeeks.map((week) => String(week.year));
    for (const year of Object.keys(lifelongLearningWeekSources)) expect(years, `sources for ${year}`).toContain(year);
    for (const week of lifelongLearningWeeks) {
      expectCheckableSources(lifelongLearningWeekSources[week.year], String(week.year));
      expectNamedSource(week.source, String(week.year));
      if ("reportDeadlineSource" in week) expectNamedSource(week.reportDeadlineSource, String(week.year));
    }
  });

  it("dates every source of a week before the week ends or on its first days", () => {
    for (const week of lifelongLearningWeeks) {
      for (const source of lifelongLearningWeekSources[week.year] ?? []) {
        if (source.date !== undefined)
          expect(differenceInDays(source.date, week.start), source.document).toBeLessThan(7);
      }
    }
  });
});
