export { addDays } from "./addDays.ts";
export { CalendarError } from "./CalendarError.ts";
export { type CalendarErrorCode, calendarErrorCodes } from "./calendarErrorCodes.ts";
export { dayOfWeek } from "./dayOfWeek.ts";
export { daysInMonth } from "./daysInMonth.ts";
export { differenceInDays } from "./differenceInDays.ts";
export { formatDateLine } from "./formatDateLine.ts";
export { formatShortDate } from "./formatShortDate.ts";
export { formatWeekday, type WeekdayLocale } from "./formatWeekday.ts";
export type { IsoDate } from "./IsoDate.ts";
export { isIsoDate } from "./isIsoDate.ts";
export type { LifelongLearningWeekEntry } from "./LifelongLearningWeekEntry.ts";
export {
  type LifelongLearningWeek,
  type LifelongLearningWeekOptions,
  lifelongLearningWeek,
} from "./lifelongLearningWeek.ts";
export { parseIsoDate } from "./parseIsoDate.ts";
export { XhhtError } from "./XhhtError.ts";
