import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../addDays.ts";
import type { IsoDate } from "../IsoDate.ts";
import { deadlineStatus } from "./deadlineStatus.ts";
import { deadlineStatusOn } from "./deadlineStatusOn.ts";

describe("deadlineStatusOn", () => {
  it("judges a civil date against the deadline's last day, counting working days late", () => {
    expect(deadlineStatusOn({ kind: "noLaterThan", date: "2020-10-30" }, "2020-11-02" as IsoDate)).toEqual({
      onTime: false,
      submittedOn: "2020-11-02",
      lastDay: "2020-10-30",
      daysLate: 3,
      workingDaysLate: 1,
    });
    expect(deadlineStatusOn({ kind: "before", date: "2020-10-30" }, "2020-10-29" as IsoDate).onTime).toBe(true);
  });

  it("gives what deadlineStatus gives for an instant on that civil date in Vietnam", () => {
    fc.assert(
      fc.property(fc.integer({ min: -40, max: 40 }), fc.integer({ min: 0, max: 23 }), (offset, hour) => {
        const day = addDays("2020-10-30" as IsoDate, offset);
        const deadline = { kind: "noLaterThan", date: "2020-10-30" } as const;
        const at = `${day}T${String(hour).padStart(2, "0")}:30:00+07:00`;
        expect(deadlineStatusOn(deadline, day)).toEqual(deadlineStatus(deadline, at));
      }),
    );
  });
});
