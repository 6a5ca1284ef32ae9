import { describe, expect, it } from "vitest";
import { makeUpWorkingDays } from "./makeUpWorkingDays.ts";

describe("makeUpWorkingDays", () => {
  it("lists the Saturdays worked in 2020-2026 exactly as the reference table", () => {
    const worked = (year: number) => makeUpWorkingDays(year).map((day) => [day.date, day.replaces]);
    expect(worked(2020)).toEqual([]);
    expect(worked(2021)).toEqual([]);
    expect(worked(2022)).toEqual([]);
    expect(worked(2023)).toEqual([]);
    expect(worked(2024)).toEqual([["2024-05-04", "2024-04-29"]]);
    expect(worked(2025)).toEqual([["2025-04-26", "2025-05-02"]]);
    expect(worked(2026)).toEqual([
      ["2026-01-10", "2026-01-02"],
      ["2026-08-22", "2026-08-31"],
    ]);
  });

  it("cites the notice and names the holiday the swap joins", () => {
    expect(makeUpWorkingDays(2026)[1]).toMatchObject({
      name: "holiday.nationalDay",
      source: expect.stringMatching(/9441\/TB-BNV/),
    });
  });

  it("is empty for a year without a decision", () => {
    expect(makeUpWorkingDays(2030)).toEqual([]);
  });
});
