import type { IsoDate } from "@xhht/calendar";
import { lifelongLearningWeek } from "@xhht/calendar";
import type { DirectiveTerms } from "./DirectiveTerms.ts";

/** The Week a plan or report is judged against: the directive's when given, else the calendar's for the year. */
export const weekOf = (
  year: number,
  directive: DirectiveTerms | undefined,
): { start: IsoDate; end: IsoDate; opening: IsoDate } =>
  directive?.year === year ? directive.week : lifelongLearningWeek(year);
