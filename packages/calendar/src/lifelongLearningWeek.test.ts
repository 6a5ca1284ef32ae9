import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "./addDays.ts";
import { CalendarError } from "./CalendarError.ts";
import { dayOfWeek } from "./dayOfWeek.ts";
import { differenceInDays } from "./differenceInDays.ts";
import { lifelongLearningWeek } from "./lifelongLearningWeek.ts";

describe("lifelongLearningWeek", () => {
  it.each([
    [2011, "2011-10-02", "2011-10-08", "2011-10-02"],
    [2014, "2014-09-29", "2014-10-05", "2014-09-29"],
    [2017, "2017-10-02", "2017-10-08", "2017-10-02"],
    [2018, "2018-10-01", "2018-10-07", "2018-10-01"],
    [2019, "2019-10-01", "2019-10-07", "2019-10-01"],
    [2020, "2020-10-01", "2020-10-07", "2020-10-01"],
    [2021, "2021-10-01", "2021-10-07", "2021-10-01"],
    [2022, "2022-10-01", "2022-10-07", "2022-10-01"],
    [2023, "2023-10-02", "2023-10-08", "2023-10-02"],
    [2024, "2024-10-01", "2024-10-07", "2024-10-01"],
    [2025, "2025-10-01", "2025-10-07", "2025-10-01"],
  ])("gives %i the known dates %s to %s, opening %s, as not provisional", (year, start, end, opening) => {
    const week = lifelongLearningWeek(year);
    expect(week).toMatchObject({ year, start, end, opening, provisional: false });
    expect(week.source).toEqual(expect.any(String));
  });

  it.each([
    [2019, "4080/BGDĐT-GDTX"],
    [2020, "3589/BGDĐT-GDTX ngày 15/09/2020"],
    [2024, "5201/BGDĐT-GDTX"],
    [2025, "5607/BGDĐT-GDNNGDTX"],
  ])("cites the Ministry's letter for %i", (year, letter) => {
    expect(lifelongLearningWeek(year).source).toContain(letter);
  });

  it.each([
    [2019, "2019-09-10"],
    [2020, "2020-09-15"],
    [2024, "2024-09-09"],
  ])("gives %i the date of its letter, %s", (year, letterDate) => {
    expect(lifelongLearningWeek(year).letterDate).toBe(letterDate);
  });

  it("leaves the letter date of 2025 undefined: «about 18/09» is unconfirmed", () => {
    expect(lifelongLearningWeek(2025).letterDate).toBeUndefined();
  });

  it("gives the known report deadlines, «trước ngày 30/10/2020» and «trước ngày 20/10/2018», with their source", () => {
    expect(lifelongLearningWeek(2020)).toMatchObject({
      reportDeadline: { kind: "before", date: "2020-10-30" },
      reportDeadlineSource: expect.stringContaining("3589/BGDĐT-GDTX"),
    });
    expect(lifelongLearningWeek(2018)).toMatchObject({
      reportDeadline: { kind: "before", date: "2018-10-20" },
      reportDeadlineSource: expect.stringContaining("20/10"),
    });
    expect(lifelongLearningWeek(2024)).toMatchObject({ reportDeadline: undefined, reportDeadlineSource: undefined });
    expect(lifelongLearningWeek(2026)).toMatchObject({ letterDate: undefined, reportDeadline: undefined });
  });

  it("takes a supplied letter date and deadline, citing the week's source for the deadline unless told", () => {
    const source = "Công văn 1234/BGDĐT-GDNNGDTX ngày 10/09/2026";
    const reportDeadline = { kind: "noLaterThan", date: "2026-10-25" } as const;
    expect(
      lifelongLearningWeek(2026, {
        weeks: [{ year: 2026, start: "2026-10-01", source, letterDate: "2026-09-10", reportDeadline }],
      }),
    ).toMatchObject({ letterDate: "2026-09-10", reportDeadline, reportDeadlineSource: source, provisional: false });
  });

  it("lists the seven days of the week in order", () => {
    expect(lifelongLearningWeek(2020).days).toEqual([
      "2020-10-01",
      "2020-10-02",
      "2020-10-03",
      "2020-10-04",
      "2020-10-05",
      "2020-10-06",
      "2020-10-07",
    ]);
  });

  it("gives 2012 the dates Hội Khuyến học Việt Nam's letter 436-HKK/BPT (19/09/2012) relayed, 01-07 October", () => {
    expect(lifelongLearningWeek(2012)).toMatchObject({
      start: "2012-10-01",
      end: "2012-10-07",
      opening: "2012-10-01",
      provisional: false,
      source: "Letter not found; Hội Khuyến học Việt Nam's 436-HKK/BPT, 19/09/2012",
    });
  });

  it.each([2013, 2015, 2016, 2026, 2027])(
    "gives %i, a year with no known letter, 01-07 October opening on 1 October, as provisional",
    (year) => {
      expect(lifelongLearningWeek(year)).toMatchObject({
        start: `${year}-10-01`,
        end: `${year}-10-07`,
        opening: `${year}-10-01`,
        provisional: true,
        source: undefined,
      });
    },
  );

  it("moves a provisional week to 02-08 October when 1 October is a Sunday, as in 2028", () => {
    expect(dayOfWeek("2028-10-01")).toBe(0);
    expect(lifelongLearningWeek(2028)).toMatchObject({
      start: "2028-10-02",
      end: "2028-10-08",
      opening: "2028-10-02",
      provisional: true,
    });
  });

  it("uses a week the caller supplies before its own data", () => {
    const source = "Công văn 1234/BGDĐT-GDNNGDTX ngày 10/09/2026";
    expect(
      lifelongLearningWeek(2026, { weeks: [{ year: 2026, start: "2026-10-03", opening: "2026-10-05", source }] }),
    ).toEqual({
      year: 2026,
      start: "2026-10-03",
      end: "2026-10-09",
      opening: "2026-10-05",
      days: ["2026-10-03", "2026-10-04", "2026-10-05", "2026-10-06", "2026-10-07", "2026-10-08", "2026-10-09"],
      provisional: false,
      source,
      letterDate: undefined,
      reportDeadline: undefined,
      reportDeadlineSource: undefined,
    });
    expect(lifelongLearningWeek(2020, { weeks: [{ year: 2020, start: "2020-10-02" }] })).toMatchObject({
      start: "2020-10-02",
      opening: "2020-10-02",
      provisional: false,
      source: undefined,
    });
  });

  it("takes the last supplied entry of a year and ignores entries of other years", () => {
    const weeks = [
      { year: 2026, start: "2026-10-01" },
      { year: 2026, start: "2026-10-05" },
      { year: 2027, start: "not a date" },
    ];
    expect(lifelongLearningWeek(2026, { weeks }).start).toBe("2026-10-05");
    expect(lifelongLearningWeek(2020, { weeks }).start).toBe("2020-10-01");
  });

  it("throws calendar.invalid-week for a supplied week with impossible dates", () => {
    for (const entry of [
      { year: 2026, start: "2026-02-30" },
      { year: 2026, start: "2025-10-01" },
      { year: 2026, start: "2026-10-01", opening: "2026-10-08" },
      { year: 2026, start: "2026-10-01", opening: "2026-09-30" },
      { year: 2026, start: "2026-10-01", opening: "1/10/2026" },
      { year: 2026, start: "2026-10-01", letterDate: "10/09/2026" },
    ]) {
      expect(() => lifelongLearningWeek(2026, { weeks: [entry] })).toThrow(
        expect.objectContaining({
          code: "calendar.invalid-week",
          message: expect.stringMatching(/^the week given for 2026/),
        }),
      );
    }
  });

  it.each([2010, 1990, 0, -1, 2020.5, Number.NaN, Number.POSITIVE_INFINITY, 10_000])(
    "throws calendar.invalid-year for %s, with the years it accepts",
    (year) => {
      expect(() => lifelongLearningWeek(year)).toThrow(CalendarError);
      expect(() => lifelongLearningWeek(year)).toThrow(
        expect.objectContaining({ code: "calendar.invalid-year", message: expect.stringMatching(/from 2011/) }),
      );
    },
  );

  it("gives any year seven consecutive days with the opening among them", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2011, max: 2200 }), (year) => {
        const week = lifelongLearningWeek(year);
        expect(week.year).toBe(year);
        expect(week.days).toHaveLength(7);
        expect(week.days[0]).toBe(week.start);
        expect(week.days[6]).toBe(week.end);
        expect(week.end).toBe(addDays(week.start, 6));
        week.days.forEach((day, index) => {
          expect(day).toBe(addDays(week.start, index));
        });
        expect(week.days).toContain(week.opening);
        expect(differenceInDays(week.opening, week.start)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it("never starts a provisional week on a Sunday, and starts it on 1 or 2 October", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2026, max: 9999 }), (year) => {
        const week = lifelongLearningWeek(year);
        expect(week.provisional).toBe(true);
        expect(dayOfWeek(week.start)).not.toBe(0);
        expect([`${year}-10-01`, `${year}-10-02`]).toContain(week.start);
        expect(week.opening).toBe(week.start);
      }),
    );
  });

  it("gives the sources of a week given in options, none with the SDK's weeks (see @xhht/calendar/sources)", () => {
    expect(lifelongLearningWeek(2020).source).toBe(
      "Công văn 3589/BGDĐT-GDTX ngày 15/09/2020 của Bộ Giáo dục và Đào tạo",
    );
    expect(lifelongLearningWeek(2020).sources).toBeUndefined();
    expect(lifelongLearningWeek(2028).sources).toBeUndefined();
    const sources = [{ document: "Công văn 1234/BGDĐT-GDNNGDTX", issuer: "Bộ Giáo dục và Đào tạo" }];
    expect(lifelongLearningWeek(2026, { weeks: [{ year: 2026, start: "2026-10-01", sources }] }).sources).toEqual(
      sources,
    );
    const wrong = [
      [{}, "calendar.invalid-week"],
      [[{ document: "Công văn 1234/BGDĐT-GDNNGDTX" }], "calendar.invalid-week"],
      [[{ document: "a\u0000", issuer: "b" }], "calendar.invalid-text"],
    ] as const;
    for (const [given, code] of wrong) {
      const weeks = [{ year: 2026, start: "2026-10-01", sources: given as never }];
      expect(() => lifelongLearningWeek(2026, { weeks }), JSON.stringify(given)).toThrow(
        expect.objectContaining({ code }),
      );
    }
  });
});
