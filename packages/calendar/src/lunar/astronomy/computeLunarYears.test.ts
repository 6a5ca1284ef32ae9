import { describe, expect, it } from "vitest";
import { toDayNumber } from "../../toDayNumber.ts";
import { computeLunarYears } from "./computeLunarYears.ts";
import { newMoon } from "./newMoon.ts";
import { solarLongitude } from "./solarLongitude.ts";

describe("computeLunarYears", () => {
  it("gives 1985 a leap month 2 at UTC+7 and none at UTC+8, with Tết a month apart", () => {
    const [vietnam] = computeLunarYears(7, 1985, 1985);
    const [china] = computeLunarYears(8, 1985, 1985);
    expect(vietnam).toMatchObject({ newYear: toDayNumber("1985-01-21"), leapMonth: 2 });
    expect(china).toMatchObject({ newYear: toDayNumber("1985-02-20"), leapMonth: 0 });
  });

  it("puts the leap month of 2033 after month 11 (the '2033 problem'), in both reckonings", () => {
    expect(computeLunarYears(7, 2033, 2033)[0]?.leapMonth).toBe(11);
    expect(computeLunarYears(8, 2033, 2033)[0]?.leapMonth).toBe(11);
  });

  it("makes every year of 12 or 13 months of 29 or 30 days, each starting where the last ended", () => {
    const years = computeLunarYears(7, 1990, 2010);
    years.forEach((year, i) => {
      expect(year.monthLengths).toHaveLength(year.leapMonth ? 13 : 12);
      for (const length of year.monthLengths) expect([29, 30]).toContain(length);
      const next = years[i + 1];
      if (next) expect(year.newYear + year.monthLengths.reduce((a, b) => a + b, 0)).toBe(next.newYear);
    });
  });

  it("starts a month on the civil day of the new moon, which a shifted ephemeris moves", () => {
    // The new moon of 2030-02-02 16:07 UT is 23:07 at UTC+7: two hours later it falls on 2030-02-03.
    const later = { newMoon: (k: number) => newMoon(k) + 2 / 24, solarLongitude };
    expect(computeLunarYears(7, 2030, 2030)[0]?.newYear).toBe(toDayNumber("2030-02-02"));
    expect(computeLunarYears(7, 2030, 2030, later)[0]?.newYear).toBe(toDayNumber("2030-02-03"));
  });
});
