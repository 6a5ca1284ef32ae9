import { describe, expect, it } from "vitest";
import { CalendarError } from "../CalendarError.ts";
import { deadlineStatus } from "./deadlineStatus.ts";

const before = { kind: "before", date: "2020-10-30" } as const;
const noLaterThan = { kind: "noLaterThan", date: "2020-10-30" } as const;

describe("deadlineStatus", () => {
  it("counts a submission at 23:30 UTC the day before the deadline date as the next day in Hà Nội, late", () => {
    expect(deadlineStatus(before, "2020-10-29T23:30:00Z")).toEqual({
      onTime: false,
      submittedOn: "2020-10-30",
      lastDay: "2020-10-29",
      daysLate: 1,
      workingDaysLate: 1,
    });
    expect(deadlineStatus(before, "2020-10-29T16:59:59Z").onTime).toBe(true);
  });

  it("counts 16:59 UTC on the last day as 23:59 in Hà Nội, on time, and 17:00 UTC as late", () => {
    expect(deadlineStatus(noLaterThan, "2020-10-30T16:59:00Z")).toEqual({
      onTime: true,
      submittedOn: "2020-10-30",
      lastDay: "2020-10-30",
      daysLate: 0,
      workingDaysLate: 0,
    });
    expect(deadlineStatus(noLaterThan, "2020-10-30T17:00:00Z")).toMatchObject({
      onTime: false,
      submittedOn: "2020-10-31",
    });
  });

  it("accepts a Date and any offset, with the same result", () => {
    expect(deadlineStatus(noLaterThan, new Date(Date.UTC(2020, 9, 30, 16, 59))).onTime).toBe(true);
    expect(deadlineStatus(noLaterThan, "2020-10-30T23:59:59+07:00").onTime).toBe(true);
    expect(deadlineStatus(noLaterThan, "2020-10-30T12:00:00-05:00").onTime).toBe(false);
    expect(deadlineStatus(noLaterThan, "2020-10-31T00:00:00+07:00").onTime).toBe(false);
  });

  it("counts the calendar and working days late", () => {
    // Friday's deadline met on Monday 9 November: 3 days late, 1 working day late
    expect(deadlineStatus(noLaterThan, "2020-11-02T09:00:00+07:00")).toMatchObject({ daysLate: 3, workingDaysLate: 1 });
    expect(deadlineStatus(noLaterThan, "2020-10-31T09:00:00+07:00")).toMatchObject({ daysLate: 1, workingDaysLate: 0 });
  });

  it("applies a period's roll-over before judging", () => {
    const period = { kind: "within", amount: 10, unit: "days", from: "2020-09-23" } as const;
    expect(deadlineStatus(period, "2020-10-05T16:00:00Z")).toMatchObject({ onTime: true, lastDay: "2020-10-05" });
  });

  it("rejects a string without an offset, asking for «+07:00» or «Z»", () => {
    for (const value of ["2020-10-30T17:00:00", "2020-10-30 17:00", "2020-10-30"]) {
      expect(() => deadlineStatus(noLaterThan, value)).toThrow(CalendarError);
      expect(() => deadlineStatus(noLaterThan, value)).toThrow(
        expect.objectContaining({
          code: "calendar.ambiguous-instant",
          message: expect.stringMatching(/«\+07:00».*«Z»/),
        }),
      );
    }
  });
});
