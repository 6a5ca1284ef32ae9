// The table lives in @xhht/core, with the rule registry's other error codes; @xhht/calendar exports it as before.
export { type CalendarErrorCode, calendarErrorCodes } from "@xhht/core";
