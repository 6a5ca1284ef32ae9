import { describe, expect, it } from "vitest";
import { toDayNumber } from "../toDayNumber.ts";
import { lunarTable } from "./lunarTable.ts";

describe("lunarTable", () => {
  it("decodes each reckoning once and keeps it", () => {
    expect(lunarTable()).toBe(lunarTable({ offsetHours: 7 }));
    expect(lunarTable({ offsetHours: 8 })).not.toBe(lunarTable());
  });

  it("starts at Tết 1900 and holds 201 years of 12 or 13 months", () => {
    const { starts, firstMonth, leapMonths } = lunarTable();
    expect(starts[0]).toBe(toDayNumber("1900-01-31"));
    expect(firstMonth).toHaveLength(202);
    expect(starts.length - 1).toBe(201 * 12 + leapMonths.filter((month) => month !== 0).length);
  });
});
