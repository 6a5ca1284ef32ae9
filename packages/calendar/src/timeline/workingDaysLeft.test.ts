import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../addDays.ts";
import { deadlineStatus } from "../deadlines/deadlineStatus.ts";
import { fromDayNumber } from "../fromDayNumber.ts";
import { createHolidayCalendar } from "../holidays/createHolidayCalendar.ts";
import { isWorkingDay } from "../holidays/isWorkingDay.ts";
import { toDayNumber } from "../toDayNumber.ts";
import { weekMilestones } from "./weekMilestones.ts";
import { workingDaysLeft } from "./workingDaysLeft.ts";

const deadline2020 = weekMilestones(2020).find((milestone) => milestone.kind === "reportDeadline")!;
const date = fc.integer({ min: toDayNumber("2007-01-01"), max: toDayNumber("2100-10-31") }).map(fromDayNumber);

describe("workingDaysLeft", () => {
  it("counts today and the last day: 4 from Monday 26/10/2020 to the 2020 deadline (Thursday 29/10)", () => {
    expect(workingDaysLeft("2020-10-26", deadline2020)).toBe(4);
    expect(workingDaysLeft("2020-10-26", "2020-10-29")).toBe(4);
    expect(workingDaysLeft("2020-10-29", deadline2020)).toBe(1);
  });

  it("does not count a weekend or a holiday, nor today when it is one", () => {
    expect(workingDaysLeft("2020-10-24", "2020-10-26")).toBe(1); // Saturday to Monday
    expect(workingDaysLeft("2020-10-24", "2020-10-25")).toBe(0);
    expect(workingDaysLeft("2025-01-24", "2025-02-03")).toBe(2); // Friday, the Tết break, Monday
  });

  it("counts the working days passed since, as a negative number, once the day is over", () => {
    expect(workingDaysLeft("2020-10-30", deadline2020)).toBe(-1);
    expect(workingDaysLeft("2020-11-02", deadline2020)).toBe(-2);
    expect(workingDaysLeft("2020-10-31", deadline2020)).toBe(-1);
  });

  it("agrees with deadlineStatus: minus the working days late", () => {
    const status = deadlineStatus(deadline2020.deadline!, "2020-11-03T09:00:00+07:00");
    expect(workingDaysLeft(status.submittedOn, deadline2020)).toBe(-status.workingDaysLate);
  });

  it("counts the days left to the Weeks of 2011-2013, nghỉ bù of the 1994 Labour Code included", () => {
    const lastDay2011 = weekMilestones(2011).find((milestone) => milestone.kind === "lastDay")!;
    expect(lastDay2011.date).toBe("2011-10-08");
    expect(workingDaysLeft("2011-09-26", lastDay2011)).toBe(10);
    // Monday 3/9/2012, nghỉ bù for Sunday 2/9, is not counted
    const opening2012 = weekMilestones(2012).find((milestone) => milestone.kind === "opening")!;
    expect(workingDaysLeft("2012-09-03", opening2012)).toBe(20);
    const opening2013 = weekMilestones(2013).find((milestone) => milestone.kind === "opening")!;
    expect(workingDaysLeft("2013-09-02", opening2013)).toBe(21);
  });

  it("uses the calendar given in options", () => {
    const calendar = createHolidayCalendar({ enable: ["culture-day-24-11"] });
    expect(workingDaysLeft("2026-11-23", "2026-11-24")).toBe(2);
    expect(workingDaysLeft("2026-11-23", "2026-11-24", { calendar })).toBe(1);
  });

  it("throws for a date that is not a date", () => {
    expect(() => workingDaysLeft("2020-10-32", deadline2020)).toThrow(
      expect.objectContaining({ code: "calendar.invalid-date" }),
    );
  });

  it("goes down by one for each working day that passes, and is never 0 before a working last day", () => {
    fc.assert(
      fc.property(date, fc.nat(60), (from, gap) => {
        const until = addDays(from, gap);
        const next = addDays(from, 1);
        const left = workingDaysLeft(from, until);
        expect(left).toBeGreaterThanOrEqual(0);
        if (gap > 0) expect(workingDaysLeft(next, until)).toBe(left - (isWorkingDay(from) ? 1 : 0));
        if (isWorkingDay(until)) expect(left).toBeGreaterThan(0);
      }),
    );
  });
});
