import { differenceInDays } from "@xhht/calendar";
import type { Translate } from "../../i18n/createTranslator.ts";
import { createIssue } from "../../rules/createIssue.ts";
import type { Issue } from "../../rules/Issue.ts";
import type { DirectiveTerms } from "./DirectiveTerms.ts";
import { reportingLastDay } from "./reportingLastDay.ts";

/** The Week's rules that hold for a whole directive and for its terms alike: seven days in its year, the opening within, the deadline after. */
export const checkDirectiveTerms = (t: Translate, terms: DirectiveTerms): Issue[] => {
  const issues: Issue[] = [];
  const { start, end, opening } = terms.week;
  const days = differenceInDays(end, start) + 1;
  if (days !== 7) issues.push(createIssue(t, "directive.week-length", ["week", "end"], { days }));
  if (!start.startsWith(`${terms.year}-`) || !end.startsWith(`${terms.year}-`)) {
    issues.push(createIssue(t, "directive.week-year", ["week"], { year: terms.year }));
  }
  if (opening < start || opening > end) {
    issues.push(createIssue(t, "directive.opening-outside-week", ["week", "opening"], { opening, start, end }));
  }
  const lastDay = reportingLastDay(terms);
  if (lastDay !== undefined && lastDay <= end) {
    issues.push(
      createIssue(t, "directive.deadline-before-week-end", ["reporting", "deadline"], { deadline: lastDay, end }),
    );
  }
  return issues;
};
