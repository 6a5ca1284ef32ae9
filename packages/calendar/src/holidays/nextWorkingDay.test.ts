import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromDayNumber } from "../fromDayNumber.ts";
import { toDayNumber } from "../toDayNumber.ts";
import { addWorkingDays } from "./addWorkingDays.ts";
import { nextWorkingDay } from "./nextWorkingDay.ts";

describe("nextWorkingDay", () => {
  it("gives the first working day strictly after the date", () => {
    expect(nextWorkingDay("2020-10-01")).toBe("2020-10-02");
    expect(nextWorkingDay("2020-10-02")).toBe("2020-10-05");
    expect(nextWorkingDay("2024-04-26")).toBe("2024-05-02");
    expect(nextWorkingDay("2023-04-28")).toBe("2023-05-04");
  });

  it("is addWorkingDays(date, 1)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber("2007-01-01"), max: toDayNumber("2100-12-01") }).map(fromDayNumber),
        (date) => {
          expect(nextWorkingDay(date)).toBe(addWorkingDays(date, 1));
        },
      ),
    );
  });
});
