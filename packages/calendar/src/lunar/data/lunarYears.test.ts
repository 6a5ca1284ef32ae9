import { describe, expect, it } from "vitest";
import { computeLunarYears } from "../astronomy/computeLunarYears.ts";
import { encodeLunarYears } from "../encodeLunarYears.ts";
import { lunarYearRange } from "../lunarYearRange.ts";
import { lunarYearsUtc7 } from "./lunarYearsUtc7.ts";
import { lunarYearsUtc8 } from "./lunarYearsUtc8.ts";

describe("the generated lunar tables", () => {
  it("hold exactly what the astronomy computes for UTC+7 (regenerate with generateLunarTable.ts)", () => {
    expect(lunarYearsUtc7).toBe(encodeLunarYears(computeLunarYears(7, lunarYearRange.first, lunarYearRange.last)));
  });

  it("hold exactly what the astronomy computes for UTC+8 (regenerate with generateLunarTable.ts)", () => {
    expect(lunarYearsUtc8).toBe(encodeLunarYears(computeLunarYears(8, lunarYearRange.first, lunarYearRange.last)));
  });
});
