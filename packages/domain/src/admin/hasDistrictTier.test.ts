import { describe, expect, it } from "vitest";
import { hasDistrictTier } from "./hasDistrictTier.ts";

describe("hasDistrictTier", () => {
  it("is true up to 30/06/2025 and false from 01/07/2025", () => {
    expect(hasDistrictTier("2020-09-15")).toBe(true);
    expect(hasDistrictTier("2025-06-30")).toBe(true);
    expect(hasDistrictTier("2025-07-01")).toBe(false);
    expect(hasDistrictTier("2026-10-01")).toBe(false);
  });

  it("throws a CalendarError for a date that does not exist", () => {
    expect(() => hasDistrictTier("2025-7-1")).toThrow(expect.objectContaining({ code: "calendar.invalid-date" }));
  });
});
