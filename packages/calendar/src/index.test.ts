import { describe, expect, it } from "vitest";
import * as calendar from "./index.ts";

describe("@xhht/calendar", () => {
  it("exports exactly its public functions, classes and tables", () => {
    expect(Object.keys(calendar).sort()).toEqual([
      "CalendarError",
      "XhhtError",
      "addCalendarMonths",
      "addDays",
      "addWorkingDays",
      "calendarErrorCodes",
      "canChiYear",
      "createHolidayCalendar",
      "dayOfWeek",
      "daysInMonth",
      "deadlineLastDay",
      "deadlineStatus",
      "differenceInDays",
      "formatDateLine",
      "formatLunarDate",
      "formatShortDate",
      "formatWeekday",
      "fromLunar",
      "holidayDecisions",
      "holidayNames",
      "holidayRules",
      "holidayYearRange",
      "hungKingsDay",
      "isIsoDate",
      "isWorkingDay",
      "lifelongLearningWeek",
      "lunarNewYear",
      "lunarYearRange",
      "makeUpWorkingDays",
      "nextWorkingDay",
      "parseIsoDate",
      "publicHolidays",
      "toLunar",
      "vietnamCivilDate",
      "weekMilestoneLabels",
      "weekMilestones",
      "weekToICalendar",
      "workingDayOnOrAfter",
      "workingDaysBetween",
      "workingDaysLeft",
    ]);
  });
});
