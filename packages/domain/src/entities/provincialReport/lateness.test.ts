import { describe, expect, it } from "vitest";
import type { Deadline } from "../../fields/deadlineSchema.ts";
import { lateness } from "./lateness.ts";

const deadline: Deadline = { kind: "noLaterThan", date: "2020-10-29" };

describe("lateness", () => {
  it("counts the days late of an instant, judged on its civil date in Vietnam", () => {
    expect(lateness(deadline, "2020-10-29T17:30:00Z")).toMatchObject({ submittedOn: "2020-10-30", daysLate: 1 });
    expect(lateness(deadline, "2020-10-29T16:59:00Z")).toMatchObject({ daysLate: 0 });
  });

  // Bộ luật Dân sự 2015, Điều 148 khoản 5: «Khi ngày cuối cùng của thời hạn là ngày nghỉ cuối tuần hoặc ngày
  // nghỉ lễ thì thời hạn kết thúc tại thời điểm kết thúc ngày làm việc tiếp theo ngày nghỉ đó».
  it("moves a last day on a weekend or holiday to the next working day, saying which rule moved it", () => {
    const before2022: Deadline = { kind: "before", date: "2022-10-31" };
    expect(lateness(before2022, "2022-10-31T09:00:00+07:00")).toEqual({
      submittedOn: "2022-10-31",
      lastDay: "2022-10-31",
      daysLate: 0,
      workingDaysLate: 0,
      movedFrom: "2022-10-30",
      rule: "civil-code-148.5",
    });
    expect(lateness(before2022, "2022-11-01T09:00:00+07:00")).toMatchObject({ daysLate: 1, movedFrom: "2022-10-30" });
    // 2/9/2025, Quốc khánh, a Tuesday: «chậm nhất ngày 02/9/2025» ends on Wednesday 3/9
    const nationalDay: Deadline = { kind: "noLaterThan", date: "2025-09-02" };
    expect(lateness(nationalDay, "2025-09-03T16:00:00Z")).toMatchObject({ daysLate: 0, lastDay: "2025-09-03" });
    // «trước ngày 30/10/2020»: Thursday 29/10/2020 is a working day, nothing moves
    const before2020 = lateness({ kind: "before", date: "2020-10-30" }, "2020-10-30T09:00:00+07:00");
    expect(before2020).toEqual({ submittedOn: "2020-10-30", lastDay: "2020-10-29", daysLate: 1, workingDaysLate: 1 });
  });

  it("reads a fixed date literally in a year the holiday calendar does not cover", () => {
    expect(lateness({ kind: "before", date: "2006-10-30" }, "2006-10-30T09:00:00+07:00")).toEqual({
      submittedOn: "2006-10-30",
      lastDay: "2006-10-29",
      daysLate: 1,
      workingDaysLate: undefined,
    });
  });

  it("throws a DomainError, not a CalendarError or a TypeError, for an instant or a deadline it cannot read", () => {
    for (const submittedAt of ["2020-10-30", "9999-12-31T23:00:00Z", "2020-10-27T09:15:00.1234567890+07:00", 5]) {
      expect(() => lateness(deadline, submittedAt as string)).toThrow(
        expect.objectContaining({ name: "DomainError", code: "domain.invalid-argument" }),
      );
    }
    for (const bad of [null, { kind: "by" }, { kind: "before", date: "0001-01-01" }]) {
      expect(() => lateness(bad as never, "2020-10-30T09:00:00+07:00")).toThrow(
        expect.objectContaining({ code: "domain.invalid-argument" }),
      );
    }
  });
});
