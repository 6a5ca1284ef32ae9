/**
 * Seconds to add to {@link newMoon}`(k)` for the few new moons of 1899-2102 that the Meeus series (good to
 * about ±20 s) puts within 30 s of a local midnight at UTC+7 or UTC+8, where the series alone cannot
 * tell the civil day. Each value is the instant of the geocentric conjunction in apparent longitude found
 * with the ELP/MPP02 lunar theory (light time included) and VSOP87 for the Sun, minus the series' instant.
 * Two of them move a month's first day: k = -402 (1967-07-07 17:00:03 UT, so 1967-07-08 at UTC+7) and
 * k = 714 (2057-09-28 16:00:05 UT, so 2057-09-29 at UTC+8; that one also rests on a predicted ΔT).
 * `newMoonCorrections.test.ts` checks that this list is exactly the set of such new moons.
 *
 * @example
 * ```ts
 * newMoon(-402) + (newMoonCorrections[-402] ?? 0) / 86400;
 * ```
 */
export const newMoonCorrections: Readonly<Record<number, number>> = {
  [-687]: -2.5, // 1944-06-20, UTC+7
  [-402]: 5.6, // 1967-07-07, UTC+7
  672: 5.6, // 2054-05-07, UTC+7
  714: 7.2, // 2057-09-28, UTC+8
  963: 1.9, // 2077-11-15, UTC+7
  1061: 3.3, // 2085-10-18, UTC+7
  1207: 1.8, // 2097-08-07, UTC+8
};
