import { describe, expect, it } from "vitest";
import * as calendar from "./index.ts";

describe("@xhht/calendar", () => {
  it("exports exactly its public functions, classes and tables", () => {
    expect(Object.keys(calendar).sort()).toEqual([
      "CalendarError",
      "XhhtError",
      "addDays",
      "calendarErrorCodes",
      "dayOfWeek",
      "daysInMonth",
      "differenceInDays",
      "formatDateLine",
      "formatShortDate",
      "formatWeekday",
      "isIsoDate",
      "lifelongLearningWeek",
      "parseIsoDate",
    ]);
  });
});
