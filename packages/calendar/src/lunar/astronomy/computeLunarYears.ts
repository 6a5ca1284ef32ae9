import type { LunarYear } from "../LunarYear.ts";
import { deltaT } from "./deltaT.ts";
import { unixEpochJulianDay } from "./julianDay.ts";
import { newMoon } from "./newMoon.ts";
import { newMoonCorrections } from "./newMoonCorrections.ts";
import { solarLongitude } from "./solarLongitude.ts";

/**
 * The two astronomical quantities the calendar rests on: the instant (JDE) of new moon number `k`
 * (k = 0 near 2000-01-06) and the Sun's apparent longitude at an instant, in degrees, unwrapped
 * (growing by 360° a year). By default the Meeus series of {@link newMoon} (with the few
 * {@link newMoonCorrections} where it cannot tell the day) and {@link solarLongitude}; another ephemeris
 * can be given to compare.
 */
export type Ephemeris = {
  readonly newMoon: (k: number) => number;
  readonly solarLongitude: (jde: number) => number;
};

const meeus: Ephemeris = {
  newMoon: (k) => newMoon(k) + (newMoonCorrections[k] ?? 0) / 86400,
  solarLongitude,
};

/** A civil day of the zone as a day number (days since 1970-01-01), from an instant in Terrestrial Time. */
const civilDay = (jde: number, offsetHours: number): number => {
  const jd = jde - deltaT(jde) / 86400;
  return Math.floor(jd - unixEpochJulianDay + offsetHours / 24);
};

/**
 * The count of major solar terms (trung khí, every 30° of solar longitude) passed at the start (00:00 in
 * the zone) of the civil day `day`: a month holds a major term when this count differs at its first day
 * and at the first day of the next month.
 */
const majorTermsAt = (day: number, offsetHours: number, ephemeris: Ephemeris): number => {
  const jd = unixEpochJulianDay + day - offsetHours / 24;
  return Math.floor(ephemeris.solarLongitude(jd + deltaT(jd) / 86400) / 30);
};

/**
 * The lunar years `firstYear` to `lastYear` of the Vietnamese (or, at UTC+8, Chinese) lunisolar calendar,
 * computed from the astronomy, for the zone `offsetHours` east of UTC:
 *
 * - a month starts on the civil day of the zone that contains the true new moon;
 * - month 11 contains the December solstice (solar longitude 270°);
 * - when 13 months start from one month 11 to the next (that one excluded), the first of them after
 *   month 11 without a major solar term (the term counted at 00:00 of each month's first day) is the
 *   leap month, and takes the number of the month before it.
 *
 * This is the slow, reference computation: the generator stores its result in `lunar/data/` and the
 * runtime reads only that table.
 *
 * @example
 * ```ts
 * const [year1985] = computeLunarYears(7, 1985, 1985);
 * year1985.leapMonth; // 2
 * ```
 */
export const computeLunarYears = (
  offsetHours: number,
  firstYear: number,
  lastYear: number,
  ephemeris: Ephemeris = meeus,
): LunarYear[] => {
  // Every new moon from mid-November of (firstYear - 1) to February of (lastYear + 2).
  const firstK = Math.floor((firstYear - 1 - 2000 + 0.85) * 12.3685);
  const lastK = Math.ceil((lastYear + 2 - 2000 + 0.2) * 12.3685);
  const starts: number[] = [];
  for (let k = firstK; k <= lastK; k++) starts.push(civilDay(ephemeris.newMoon(k), offsetHours));
  const terms = starts.map((day) => majorTermsAt(day, offsetHours, ephemeris));

  // Month i runs from starts[i] to starts[i + 1]; it is month 11 when it holds the solstice, the term
  // whose count is 9 modulo 12 (270° / 30°).
  const elevenths: number[] = [];
  for (let i = 0; i + 1 < starts.length; i++) {
    for (let term = (terms[i] as number) + 1; term <= (terms[i + 1] as number); term++) {
      if (((term % 12) + 12) % 12 === 9) elevenths.push(i);
    }
  }

  // Number every month from the first month 11 to the last one.
  const numbers: { month: number; leap: boolean }[] = [];
  for (let e = 0; e + 1 < elevenths.length; e++) {
    const from = elevenths[e] as number;
    const to = elevenths[e + 1] as number;
    let leapIndex = -1;
    if (to - from === 13) {
      for (let i = from + 1; i < to; i++) {
        if (terms[i] === terms[i + 1]) {
          leapIndex = i;
          break;
        }
      }
      if (leapIndex < 0) throw new Error(`no month without a major term between months 11 at indices ${from}, ${to}`);
    } else if (to - from !== 12) {
      throw new Error(`${to - from} months between months 11 at indices ${from}, ${to}`);
    }
    let month = 10;
    for (let i = from; i < to; i++) {
      if (i === leapIndex) {
        numbers[i] = { month, leap: true };
      } else {
        month = (month % 12) + 1;
        numbers[i] = { month, leap: false };
      }
    }
  }

  const years: LunarYear[] = [];
  let year = firstYear - 1;
  let current: LunarYear | undefined;
  let complete = false;
  for (let i = elevenths[0] as number; i < (elevenths.at(-1) as number); i++) {
    const { month, leap } = numbers[i] as { month: number; leap: boolean };
    if (month === 1 && !leap) {
      year++;
      if (year > lastYear) {
        complete = true;
        break;
      }
      current = { year, newYear: starts[i] as number, leapMonth: 0, monthLengths: [] };
      years.push(current);
    }
    if (!current) continue;
    if (leap) current.leapMonth = month;
    current.monthLengths.push((starts[i + 1] as number) - (starts[i] as number));
  }
  if (!complete || years.length !== lastYear - firstYear + 1) {
    throw new Error(`computed ${years.length} lunar years for ${firstYear}-${lastYear}`);
  }
  return years;
};
