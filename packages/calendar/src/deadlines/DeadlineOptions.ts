import type { HolidayCalendarOptions } from "../holidays/HolidayCalendar.ts";

/**
 * Options of {@link deadlineEnd}, {@link deadlineLastDay} and {@link deadlineStatus}: the calendar of working days,
 * and `rollOver: false` to read a fixed date («trước ngày X», «chậm nhất ngày X») literally, without moving it past
 * a day off. A period (`within`) always ends on a working day, as Điều 148.5 says.
 *
 * @example
 * ```ts
 * deadlineLastDay({ kind: "before", date: "2022-10-31" }, { rollOver: false }); // "2022-10-30", a Sunday
 * ```
 */
export type DeadlineOptions = HolidayCalendarOptions & { readonly rollOver?: boolean | undefined };
