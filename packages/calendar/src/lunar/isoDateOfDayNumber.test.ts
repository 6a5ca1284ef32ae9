import { describe, expect, it } from "vitest";
import { isoDateOfDayNumber } from "./isoDateOfDayNumber.ts";

describe("isoDateOfDayNumber", () => {
  it("writes the day as YYYY-MM-DD with leading zeros", () => {
    expect(isoDateOfDayNumber(0)).toBe("1970-01-01");
    expect(isoDateOfDayNumber(-25537)).toBe("1900-01-31");
    expect(isoDateOfDayNumber(11016)).toBe("2000-02-29");
  });
});
