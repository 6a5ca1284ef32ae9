import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../addDays.ts";
import { dayOfWeek } from "../dayOfWeek.ts";
import { fromDayNumber } from "../fromDayNumber.ts";
import { createHolidayCalendar } from "../holidays/createHolidayCalendar.ts";
import { isWorkingDay } from "../holidays/isWorkingDay.ts";
import { toDayNumber } from "../toDayNumber.ts";
import type { Deadline, DeadlineUnit } from "./Deadline.ts";
import { deadlineEnd } from "./deadlineEnd.ts";

// Bộ luật Dân sự 2015 (Luật số 91/2015/QH13), Điều 148 khoản 5: «Khi ngày cuối cùng của thời hạn là ngày
// nghỉ cuối tuần hoặc ngày nghỉ lễ thì thời hạn kết thúc tại thời điểm kết thúc ngày làm việc tiếp theo ngày nghỉ
// đó»; Điều 145 khoản 1: the Code's way of counting time applies unless a law says otherwise.
const rule = "civil-code-148.5";

describe("deadlineEnd", () => {
  it("keeps «trước ngày 30/10/2020» on Thursday 29/10/2020, moved by no rule", () => {
    expect(dayOfWeek("2020-10-29")).toBe(4);
    expect(deadlineEnd({ kind: "before", date: "2020-10-30" })).toEqual({ lastDay: "2020-10-29" });
  });

  it("moves «trước ngày 31/10/2022» from Sunday 30/10 to Monday 31/10 (Điều 148.5)", () => {
    expect(dayOfWeek("2022-10-30")).toBe(0);
    expect(deadlineEnd({ kind: "before", date: "2022-10-31" })).toEqual({
      lastDay: "2022-10-31",
      movedFrom: "2022-10-30",
      rule,
    });
  });

  it("moves a last day on a holiday and its nghỉ bù past them", () => {
    // 2/9/2025 a Tuesday, Quốc khánh; 30/4 and 1/5/2022 a weekend, made up on 2/5 and 3/5
    expect(deadlineEnd({ kind: "noLaterThan", date: "2025-09-02" })).toEqual({
      lastDay: "2025-09-03",
      movedFrom: "2025-09-02",
      rule,
    });
    expect(deadlineEnd({ kind: "before", date: "2022-05-01" })).toMatchObject({
      lastDay: "2022-05-04",
      movedFrom: "2022-04-30",
    });
  });

  it("says which rule moved a period's end", () => {
    const period = { kind: "within", amount: 10, unit: "days", from: "2020-09-23" } as const;
    expect(deadlineEnd(period)).toEqual({ lastDay: "2020-10-05", movedFrom: "2020-10-03", rule });
    expect(deadlineEnd(period, { rollOver: false }).lastDay).toBe("2020-10-05");
  });

  it("reads a fixed date literally with rollOver: false, without a calendar", () => {
    expect(deadlineEnd({ kind: "before", date: "2022-10-31" }, { rollOver: false })).toEqual({
      lastDay: "2022-10-30",
    });
    expect(deadlineEnd({ kind: "noLaterThan", date: "1990-01-01" }, { rollOver: false })).toEqual({
      lastDay: "1990-01-01",
    });
  });

  it("marks an end resting on an unconfirmed rule or on a year without a decision as provisional", () => {
    const calendar = createHolidayCalendar({ enable: ["culture-day-24-11"] });
    const end = deadlineEnd({ kind: "noLaterThan", date: "2026-11-24" }, { calendar });
    expect(end).toMatchObject({ lastDay: "2026-11-25", movedFrom: "2026-11-24", rule, provisional: true });
    expect(end.provisionalDays?.map((day) => [day.date, day.unconfirmed])).toEqual([["2026-11-24", true]]);
    // no decision for 2027 yet: the SDK's default Tết break, Thu 04/02 - Wed 10/02/2027, is provisional
    const tet2027 = deadlineEnd({ kind: "noLaterThan", date: "2027-02-08" });
    expect(tet2027).toMatchObject({ lastDay: "2027-02-11", movedFrom: "2027-02-08", provisional: true });
    expect(tet2027.provisionalDays?.every((day) => day.provisional)).toBe(true);
    const counted = deadlineEnd({ kind: "within", amount: 5, unit: "workingDays", from: "2027-02-01" });
    expect(counted.provisional).toBe(true);
    expect(deadlineEnd({ kind: "within", amount: 30, unit: "days", from: "2027-01-20" }).provisional).toBeUndefined();
    expect(deadlineEnd({ kind: "before", date: "2022-10-31" }).provisional).toBeUndefined();
  });

  const day = fc.integer({ min: toDayNumber("2008-01-01"), max: toDayNumber("2099-12-01") }).map(fromDayNumber);
  const fixed = fc.record({ kind: fc.constantFrom("before" as const, "noLaterThan" as const), date: day });
  const within = fc.record({
    kind: fc.constant("within" as const),
    amount: fc.integer({ min: 1, max: 40 }),
    unit: fc.constantFrom<DeadlineUnit>("days", "workingDays", "weeks", "months"),
    from: fc.integer({ min: toDayNumber("2008-01-01"), max: toDayNumber("2096-12-31") }).map(fromDayNumber),
  });

  it("ends a rolled deadline on a working day on or after the nominal last day, moved only when that is off", () => {
    fc.assert(
      fc.property(fc.oneof(fixed, within), (deadline: Deadline) => {
        const end = deadlineEnd(deadline);
        const nominal = end.movedFrom ?? end.lastDay;
        expect(isWorkingDay(end.lastDay)).toBe(true);
        expect(end.lastDay >= nominal).toBe(true);
        expect(end.movedFrom === undefined).toBe(
          isWorkingDay(nominal) || (deadline.kind === "within" && deadline.unit === "workingDays"),
        );
      }),
    );
  });

  it("gives the earlier answer with rollOver: false: X − 1 or X for a fixed date, the rolled end for a period", () => {
    fc.assert(
      fc.property(fixed, within, (date, period) => {
        const literal = date.kind === "before" ? addDays(date.date, -1) : date.date;
        expect(deadlineEnd(date, { rollOver: false })).toEqual({ lastDay: literal });
        expect(deadlineEnd(period, { rollOver: false })).toEqual(deadlineEnd(period));
      }),
    );
  });
});

describe("deadlineEnd's calendar.invalid-options", () => {
  const deadline: Deadline = { kind: "before", date: "2020-10-30" };

  it("is the code for a rollOver that is not true or false, with a message saying what to pass", () => {
    for (const rollOver of ["yes", 1, null]) {
      expect(() => deadlineEnd(deadline, { rollOver } as never)).toThrow(
        expect.objectContaining({
          code: "calendar.invalid-options",
          message: expect.stringMatching(/^deadlineEnd: options\.rollOver must be true or false, not .+$/u),
        }),
      );
    }
  });

  it("is the code for options that are not an object, or a calendar that is not a holiday calendar", () => {
    expect(() => deadlineEnd(deadline, 5 as never)).toThrow(
      expect.objectContaining({
        code: "calendar.invalid-options",
        message: "deadlineEnd: options must be an object { calendar, rollOver }, not 5",
      }),
    );
    expect(() => deadlineEnd(deadline, { calendar: { isWorkingDay: () => true } } as never)).toThrow(
      expect.objectContaining({
        code: "calendar.invalid-options",
        message: expect.stringMatching(
          /^deadlineEnd: options\.calendar must be what createHolidayCalendar returns \(/u,
        ),
      }),
    );
  });
});
