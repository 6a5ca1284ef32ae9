import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../addDays.ts";
import { dayOfWeek } from "../dayOfWeek.ts";
import { fromDayNumber } from "../fromDayNumber.ts";
import { createHolidayCalendar } from "../holidays/createHolidayCalendar.ts";
import { isWorkingDay } from "../holidays/isWorkingDay.ts";
import { toDayNumber } from "../toDayNumber.ts";
import type { Deadline, DeadlineUnit } from "./Deadline.ts";
import { deadlineLastDay } from "./deadlineLastDay.ts";

const within = (amount: number, unit: DeadlineUnit, from: string): Deadline => ({ kind: "within", amount, unit, from });

describe("deadlineLastDay", () => {
  it("ends «trước ngày X» the day before X and «chậm nhất ngày X» on X", () => {
    expect(deadlineLastDay({ kind: "before", date: "2020-10-30" })).toBe("2020-10-29");
    expect(deadlineLastDay({ kind: "noLaterThan", date: "2020-10-30" })).toBe("2020-10-30");
  });

  it("rolls a fixed date past a weekend or holiday (Điều 148.5), or not with rollOver: false", () => {
    expect(deadlineLastDay({ kind: "before", date: "2020-11-02" })).toBe("2020-11-02");
    expect(deadlineLastDay({ kind: "noLaterThan", date: "2025-01-27" })).toBe("2025-02-03");
    expect(deadlineLastDay({ kind: "before", date: "2020-11-02" }, { rollOver: false })).toBe("2020-11-01");
    expect(deadlineLastDay({ kind: "noLaterThan", date: "2025-01-27" }, { rollOver: false })).toBe("2025-01-27");
  });

  it("counts a period in days from the day after the event", () => {
    expect(deadlineLastDay(within(10, "days", "2020-10-01"))).toBe("2020-10-12"); // 11/10 a Sunday
    expect(deadlineLastDay(within(5, "days", "2020-10-01"))).toBe("2020-10-06");
  });

  it("rolls a period ending on a Saturday to the Monday (Điều 148.5)", () => {
    expect(dayOfWeek("2020-10-03")).toBe(6);
    expect(deadlineLastDay(within(10, "days", "2020-09-23"))).toBe("2020-10-05");
  });

  it("rolls a period ending on a holiday past the holidays and their nghỉ bù", () => {
    expect(deadlineLastDay(within(1, "months", "2024-03-30"))).toBe("2024-05-02"); // 30/4 and 1/5
    expect(deadlineLastDay(within(7, "days", "2025-01-18"))).toBe("2025-02-03"); // the Tết break
    expect(deadlineLastDay(within(1, "weeks", "2022-01-25"))).toBe("2022-02-07"); // 1/2/2022 is Tết
  });

  it("ends a month period on the same day number or the month's last day", () => {
    expect(deadlineLastDay(within(1, "months", "2023-01-31"))).toBe("2023-02-28");
    expect(deadlineLastDay(within(1, "months", "2024-01-31"))).toBe("2024-02-29");
    expect(deadlineLastDay(within(1, "months", "2021-01-31"))).toBe("2021-03-01"); // 28/2/2021 a Sunday
    expect(deadlineLastDay(within(3, "months", "2020-10-15"))).toBe("2021-01-15");
  });

  it("ends a week period on the same weekday and a year period on the same day and month", () => {
    expect(deadlineLastDay(within(2, "weeks", "2020-10-01"))).toBe("2020-10-15");
    expect(deadlineLastDay(within(1, "years", "2024-02-29"))).toBe("2025-02-28");
    expect(deadlineLastDay(within(1, "years", "2020-10-01"))).toBe("2021-10-01");
  });

  it("counts «trong 5 ngày làm việc» on working days only, a swapped Saturday included", () => {
    expect(deadlineLastDay(within(5, "workingDays", "2020-10-01"))).toBe("2020-10-08");
    // Fri 26/4, then 29/4 (swapped), 30/4, 1/5 off; Thu 2/5, Fri 3/5, Sat 4/5 (worked), Mon 6/5
    expect(deadlineLastDay(within(5, "workingDays", "2024-04-25"))).toBe("2024-05-06");
  });

  it("uses the calendar passed in options", () => {
    const calendar = createHolidayCalendar({ enable: ["culture-day-24-11"] });
    expect(deadlineLastDay(within(1, "days", "2026-11-23"))).toBe("2026-11-24");
    expect(deadlineLastDay(within(1, "days", "2026-11-23"), { calendar })).toBe("2026-11-25");
  });

  it("ends every period on a working day, no earlier than the calendar count", () => {
    const from = fc.integer({ min: toDayNumber("2015-01-01"), max: toDayNumber("2090-12-31") }).map(fromDayNumber);
    const unit = fc.constantFrom<DeadlineUnit>("days", "workingDays", "weeks", "months", "years");
    fc.assert(
      fc.property(from, fc.integer({ min: 1, max: 60 }), unit, (start, amount, kind) => {
        const last = deadlineLastDay(within(kind === "years" ? Math.ceil(amount / 10) : amount, kind, start));
        expect(isWorkingDay(last)).toBe(true);
        expect(last > start).toBe(true);
        if (kind === "days") expect(last >= addDays(start, amount)).toBe(true);
      }),
    );
  });

  it("throws calendar.invalid-deadline for a deadline it cannot read", () => {
    const wrong = [
      null,
      { kind: "after", date: "2020-10-30" },
      { kind: "before", date: "30/10/2020" },
      { kind: "within", amount: 0, unit: "days", from: "2020-10-01" },
      { kind: "within", amount: 1.5, unit: "days", from: "2020-10-01" },
      { kind: "within", amount: 5, unit: "hours", from: "2020-10-01" },
      { kind: "within", amount: 5, unit: "days", from: "2020-02-30" },
    ];
    for (const deadline of wrong) {
      expect(() => deadlineLastDay(deadline as Deadline), JSON.stringify(deadline)).toThrow(
        expect.objectContaining({ code: "calendar.invalid-deadline", message: expect.stringMatching(/e\.g\./) }),
      );
    }
  });
});
