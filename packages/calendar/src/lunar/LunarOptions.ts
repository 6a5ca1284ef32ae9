/**
 * Options of the lunar calendar functions.
 *
 * `offsetHours` is the meridian the calendar is reckoned at, in hours east of UTC: 7 (the default) is
 * Vietnam's calendar since 1968, computed for 105°E; 8 is the Chinese calendar (120°E), which North
 * Vietnam used until its switch to UTC+7 on 8 August 1967 (the South until 1975). The two differ in a
 * few years only (e.g. Tết 1985: 1985-01-21 at UTC+7, 1985-02-20 at UTC+8).
 *
 * @example
 * ```ts
 * lunarNewYear(1985, { offsetHours: 8 }); // "1985-02-20"
 * ```
 */
export type LunarOptions = {
  readonly offsetHours?: 7 | 8;
};
