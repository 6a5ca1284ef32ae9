// date-chinese ships types that its package.json "exports" does not expose: declare the part the benchmark uses.
declare module "date-chinese" {
  /** The Vietnamese lunisolar calendar (UTC+7 from 1968, UTC+8 before). */
  export class CalendarVietnamese {
    fromGregorian(year: number, month: number, day: number): this;
    /** [cycle, year of the cycle, month, leap, day]. */
    get(): [number, number, number, boolean, number];
  }
}
