import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createHolidayCalendar } from "../holidays/createHolidayCalendar.ts";
import { weekMilestones } from "./weekMilestones.ts";

const kinds = (year: number) => weekMilestones(year).map((milestone) => milestone.kind);

describe("weekMilestones", () => {
  it("lists the 2020 Week in order: letter, opening, seven days, last day, report deadline", () => {
    const timeline = weekMilestones(2020);
    expect(timeline.map(({ kind, date, day }) => [kind, date, day])).toEqual([
      ["letterIssued", "2020-09-15", undefined],
      ["opening", "2020-10-01", undefined],
      ["weekDay", "2020-10-01", 1],
      ["weekDay", "2020-10-02", 2],
      ["weekDay", "2020-10-03", 3],
      ["weekDay", "2020-10-04", 4],
      ["weekDay", "2020-10-05", 5],
      ["weekDay", "2020-10-06", 6],
      ["weekDay", "2020-10-07", 7],
      ["lastDay", "2020-10-07", undefined],
      ["reportDeadline", "2020-10-29", undefined],
    ]);
  });

  it("labels each milestone with a message key and the parameters of its text", () => {
    const [letter, opening, firstDay] = weekMilestones(2020);
    expect(letter).toMatchObject({
      label: "milestone.letterIssued",
      params: { year: 2020, date: "15/09/2020" },
      source: "Công văn 3589/BGDĐT-GDTX ngày 15/09/2020 của Bộ Giáo dục và Đào tạo",
      provisional: false,
    });
    expect(opening).toMatchObject({ label: "milestone.opening", params: { year: 2020, date: "01/10/2020" } });
    expect(firstDay).toMatchObject({ label: "milestone.weekDay", params: { year: 2020, date: "01/10/2020", day: 1 } });
    expect(opening?.params).not.toHaveProperty("day");
  });

  it("dates the report deadline on its last day and keeps the wording «trước ngày 30/10/2020» with its source", () => {
    expect(weekMilestones(2020).at(-1)).toEqual({
      kind: "reportDeadline",
      date: "2020-10-29",
      label: "milestone.reportDeadline",
      params: { year: 2020, date: "29/10/2020" },
      year: 2020,
      day: undefined,
      deadline: { kind: "before", date: "2020-10-30" },
      provisional: false,
      source: expect.stringContaining("trước ngày 30/10/2020"),
    });
    expect(weekMilestones(2018).at(-1)).toMatchObject({ kind: "reportDeadline", date: "2018-10-19" });
  });

  it("leaves out the letter and the deadline when they are not known (2025: letter date unconfirmed)", () => {
    expect(kinds(2025)).toEqual(["opening", ...Array(7).fill("weekDay"), "lastDay"]);
    expect(kinds(2019)).toEqual(["letterIssued", "opening", ...Array(7).fill("weekDay"), "lastDay"]);
  });

  it("marks every milestone of a year without a known letter as provisional, with no source", () => {
    const timeline = weekMilestones(2026);
    expect(timeline).toHaveLength(9);
    for (const milestone of timeline) expect(milestone).toMatchObject({ provisional: true, source: undefined });
    expect(weekMilestones(2028)[0]).toMatchObject({ kind: "opening", date: "2028-10-02" });
  });

  it("uses the report deadline given in options, citing only the source given with it", () => {
    const deadline = { kind: "within", amount: 10, unit: "workingDays", from: "2026-10-07" } as const;
    const withSource = weekMilestones(2026, { reportDeadline: deadline, reportDeadlineSource: "Kế hoạch 12/KH-UBND" });
    expect(withSource.at(-1)).toMatchObject({
      kind: "reportDeadline",
      date: "2026-10-21",
      deadline,
      provisional: false,
      source: "Kế hoạch 12/KH-UBND",
    });
    expect(weekMilestones(2020, { reportDeadline: { kind: "noLaterThan", date: "2020-10-15" } }).at(-1)).toMatchObject({
      date: "2020-10-15",
      source: undefined,
    });
  });

  it("sorts a deadline that falls inside the week, and an opening after the first day, by date", () => {
    const timeline = weekMilestones(2026, {
      weeks: [{ year: 2026, start: "2026-10-01", opening: "2026-10-03", letterDate: "2026-09-10" }],
      reportDeadline: { kind: "noLaterThan", date: "2026-10-05" },
    });
    expect(timeline.map(({ kind, date }) => `${date} ${kind}`)).toEqual([
      "2026-09-10 letterIssued",
      "2026-10-01 weekDay",
      "2026-10-02 weekDay",
      "2026-10-03 opening",
      "2026-10-03 weekDay",
      "2026-10-04 weekDay",
      "2026-10-05 weekDay",
      "2026-10-05 reportDeadline",
      "2026-10-06 weekDay",
      "2026-10-07 weekDay",
      "2026-10-07 lastDay",
    ]);
  });

  it("counts a working-day deadline on the calendar given in options", () => {
    const reportDeadline = { kind: "within", amount: 36, unit: "workingDays", from: "2026-10-07" } as const;
    const calendar = createHolidayCalendar({ enable: ["culture-day-24-11"] });
    expect(weekMilestones(2026, { reportDeadline }).at(-1)?.date).toBe("2026-11-26");
    expect(weekMilestones(2026, { reportDeadline, calendar }).at(-1)?.date).toBe("2026-11-27");
  });

  it("counts working-day deadlines for the Weeks of 2011-2013, under the 1994 Labour Code", () => {
    const reportDeadline = { kind: "within", amount: 10, unit: "workingDays", from: "2011-10-08" } as const;
    expect(weekMilestones(2011, { reportDeadline }).at(-1)).toMatchObject({
      kind: "reportDeadline",
      date: "2011-10-21",
    });
    // 2/9/2012 was a Sunday: Monday 3/9 was its nghỉ bù (Bộ luật Lao động 1994, Điều 73)
    const within2012 = { kind: "within", amount: 1, unit: "workingDays", from: "2012-08-31" } as const;
    const deadline2012 = weekMilestones(2012, { reportDeadline: within2012 }).find(
      (milestone) => milestone.kind === "reportDeadline",
    );
    expect(deadline2012?.date).toBe("2012-09-04");
    for (const year of [2011, 2012, 2013]) {
      expect(weekMilestones(year).map((milestone) => milestone.kind)).toContain("lastDay");
    }
  });

  it("throws as lifelongLearningWeek and deadlineLastDay do", () => {
    expect(() => weekMilestones(2010)).toThrow(expect.objectContaining({ code: "calendar.invalid-year" }));
    expect(() => weekMilestones(2026, { reportDeadline: { kind: "before", date: "30/10/2026" } })).toThrow(
      expect.objectContaining({ code: "calendar.invalid-deadline" }),
    );
  });

  it("gives any year its milestones in order of date, one per day of the week", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2011, max: 2100 }), (year) => {
        const timeline = weekMilestones(year);
        const dates = timeline.map((milestone) => milestone.date);
        expect(dates).toEqual([...dates].sort());
        expect(timeline.filter((milestone) => milestone.kind === "weekDay").map((m) => m.day)).toEqual([
          1, 2, 3, 4, 5, 6, 7,
        ]);
        expect(timeline.filter((milestone) => milestone.kind === "opening")).toHaveLength(1);
        for (const milestone of timeline) expect(milestone.year).toBe(year);
      }),
    );
  });
});

describe("weekMilestones' calendar.invalid-options", () => {
  it("is the code for options it does not take, with a message saying what to pass", () => {
    const cases: readonly [unknown, RegExp][] = [
      [
        "2020-10-30",
        /^weekMilestones: options must be an object \{ reportDeadline, reportDeadlineSource \}, not "2020-10-30"$/u,
      ],
      [{ reportDeadlineSource: 5 }, /^weekMilestones: options\.reportDeadlineSource must be a string, not 5$/u],
      // The report deadline's last day is deadlineEnd's, which reads the calendar.
      [
        { calendar: {} },
        /^deadlineEnd: options\.calendar must be what createHolidayCalendar returns \(publicHolidays, .+\), not \{\}$/u,
      ],
    ];
    for (const [options, message] of cases) {
      expect(() => weekMilestones(2020, options as never)).toThrow(
        expect.objectContaining({ code: "calendar.invalid-options", message: expect.stringMatching(message) }),
      );
    }
  });

  it("takes a holiday calendar of createHolidayCalendar's making", () => {
    expect(weekMilestones(2020, { calendar: createHolidayCalendar() } as never).at(-1)?.date).toBe("2020-10-29");
  });
});
