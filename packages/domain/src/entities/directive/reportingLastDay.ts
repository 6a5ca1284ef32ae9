import { CalendarError, deadlineLastDay } from "@xhht/calendar";
import type { DirectiveTerms } from "./DirectiveTerms.ts";

/**
 * The last day of the directive's reporting deadline, or `undefined` when it has none or the calendar cannot tell (a
 * period in a year it does not cover).
 */
export const reportingLastDay = (directive: Pick<DirectiveTerms, "reporting">): string | undefined => {
  const { deadline } = directive.reporting;
  if (deadline === undefined) return undefined;
  try {
    return deadlineLastDay(deadline);
  } catch (error) {
    if (error instanceof CalendarError) return undefined;
    throw error;
  }
};
