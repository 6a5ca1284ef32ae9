import { CalendarError, deadlineLastDay } from "@xhht/calendar";
import type { Directive } from "./Directive.ts";

/**
 * The last day of the directive's reporting deadline, or `undefined` when the calendar cannot tell (a period in a
 * year it does not cover).
 */
export const reportingLastDay = (directive: Directive): string | undefined => {
  try {
    return deadlineLastDay(directive.reporting.deadline);
  } catch (error) {
    if (error instanceof CalendarError) return undefined;
    throw error;
  }
};
