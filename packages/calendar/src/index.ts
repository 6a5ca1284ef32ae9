export { addDays } from "./addDays.ts";
export { CalendarError } from "./CalendarError.ts";
export { type CalendarErrorCode, calendarErrorCodes } from "./calendarErrorCodes.ts";
export { dayOfWeek } from "./dayOfWeek.ts";
export { daysInMonth } from "./daysInMonth.ts";
export { addCalendarMonths } from "./deadlines/addCalendarMonths.ts";
export type { Deadline, DeadlineUnit } from "./deadlines/Deadline.ts";
export type { DeadlineOptions } from "./deadlines/DeadlineOptions.ts";
export { type DeadlineEnd, deadlineEnd } from "./deadlines/deadlineEnd.ts";
export { deadlineLastDay } from "./deadlines/deadlineLastDay.ts";
export { type DeadlineStatus, deadlineStatus } from "./deadlines/deadlineStatus.ts";
export { deadlineStatusOn } from "./deadlines/deadlineStatusOn.ts";
export { vietnamCivilDate } from "./deadlines/vietnamCivilDate.ts";
export { differenceInDays } from "./differenceInDays.ts";
export { formatDateLine } from "./formatDateLine.ts";
export { formatShortDate } from "./formatShortDate.ts";
export { formatWeekday, type WeekdayLocale } from "./formatWeekday.ts";
export { addWorkingDays } from "./holidays/addWorkingDays.ts";
export { createHolidayCalendar } from "./holidays/createHolidayCalendar.ts";
export { holidayDecisions } from "./holidays/data/holidayDecisions.ts";
export { holidayRules } from "./holidays/data/holidayRules.ts";
export type {
  CreateHolidayCalendarOptions,
  HolidayCalendar,
  HolidayCalendarOptions,
} from "./holidays/HolidayCalendar.ts";
export type { HolidayDecision, HolidaySwap } from "./holidays/HolidayDecision.ts";
export type { HolidayRule, HolidayRuleDate } from "./holidays/HolidayRule.ts";
export { type HolidayName, holidayNames } from "./holidays/holidayNames.ts";
export { holidayYearRange } from "./holidays/holidayYearRange.ts";
export { isWorkingDay } from "./holidays/isWorkingDay.ts";
export { makeUpWorkingDays } from "./holidays/makeUpWorkingDays.ts";
export { nextWorkingDay } from "./holidays/nextWorkingDay.ts";
export type { HolidayKind, MakeUpWorkingDay, PublicHoliday } from "./holidays/PublicHoliday.ts";
export { publicHolidays } from "./holidays/publicHolidays.ts";
export { workingDayOnOrAfter } from "./holidays/workingDayOnOrAfter.ts";
export { workingDaysBetween } from "./holidays/workingDaysBetween.ts";
export type { IsoDate } from "./IsoDate.ts";
export { type WeekToICalendarOptions, weekToICalendar } from "./icalendar/weekToICalendar.ts";
export type { InstantReading } from "./instants/InstantReading.ts";
export { instantPattern } from "./instants/instantPattern.ts";
export { isInstant } from "./instants/isInstant.ts";
export { parseInstant } from "./instants/parseInstant.ts";
export { readInstant } from "./instants/readInstant.ts";
export { isIsoDate } from "./isIsoDate.ts";
export type { Language } from "./Language.ts";
export type { LifelongLearningWeekEntry } from "./LifelongLearningWeekEntry.ts";
export {
  type LifelongLearningWeek,
  type LifelongLearningWeekOptions,
  lifelongLearningWeek,
} from "./lifelongLearningWeek.ts";
export { canChiYear } from "./lunar/canChiYear.ts";
export { type FormatLunarDateOptions, formatLunarDate, type LunarDateLocale } from "./lunar/formatLunarDate.ts";
export { fromLunar } from "./lunar/fromLunar.ts";
export { hungKingsDay } from "./lunar/hungKingsDay.ts";
export type { LunarDate } from "./lunar/LunarDate.ts";
export type { LunarOptions } from "./lunar/LunarOptions.ts";
export { lunarNewYear } from "./lunar/lunarNewYear.ts";
export { lunarYearRange } from "./lunar/lunarYearRange.ts";
export { toLunar } from "./lunar/toLunar.ts";
export { parseIsoDate } from "./parseIsoDate.ts";
export type { SourceDocument } from "./SourceDocument.ts";
export type { WeekMilestone, WeekMilestoneKind } from "./timeline/WeekMilestone.ts";
export { type WeekMilestoneLabel, weekMilestoneLabels } from "./timeline/weekMilestoneLabels.ts";
export { type WeekMilestonesOptions, weekMilestones } from "./timeline/weekMilestones.ts";
export { workingDaysLeft } from "./timeline/workingDaysLeft.ts";
export { XhhtError } from "./XhhtError.ts";
