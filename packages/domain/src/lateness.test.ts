import { describe, expect, it } from "vitest";
import type { Deadline } from "./deadlineSchema.ts";
import { lateness } from "./lateness.ts";

const deadline = { kind: "noLaterThan", date: "2020-10-29" } as Deadline;

describe("lateness", () => {
  it("counts the days late of an instant, judged on its civil date in Vietnam", () => {
    expect(lateness(deadline, "2020-10-29T17:30:00Z")).toMatchObject({ submittedOn: "2020-10-30", daysLate: 1 });
    expect(lateness(deadline, "2020-10-29T16:59:00Z")).toMatchObject({ daysLate: 0 });
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
