import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { differenceInDays } from "../differenceInDays.ts";
import { fromDayNumber } from "../fromDayNumber.ts";
import { toDayNumber } from "../toDayNumber.ts";
import { isWorkingDay } from "./isWorkingDay.ts";
import { workingDayOnOrAfter } from "./workingDayOnOrAfter.ts";

describe("workingDayOnOrAfter", () => {
  it("keeps a working day and rolls a weekend or holiday to the next working day", () => {
    expect(workingDayOnOrAfter("2020-10-01")).toBe("2020-10-01");
    expect(workingDayOnOrAfter("2020-10-03")).toBe("2020-10-05");
    expect(workingDayOnOrAfter("2025-01-25")).toBe("2025-02-03");
    expect(workingDayOnOrAfter("2022-04-10")).toBe("2022-04-12");
  });

  it("is a working day on or after the date, with no working day between", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber("2007-01-01"), max: toDayNumber("2100-12-01") }).map(fromDayNumber),
        (date) => {
          const result = workingDayOnOrAfter(date);
          expect(isWorkingDay(result)).toBe(true);
          expect(differenceInDays(result, date)).toBeGreaterThanOrEqual(0);
          if (isWorkingDay(date)) expect(result).toBe(date);
        },
      ),
    );
  });
});
