import { differenceInDays } from "@xhht/calendar";
import { createIssue } from "../../rules/createIssue.ts";
import type { FieldCheck } from "../../rules/FieldCheck.ts";
import { fieldCheckFor } from "../../rules/fieldCheckFor.ts";
import type { Issue } from "../../rules/Issue.ts";
import type { DirectiveTerms } from "./DirectiveTerms.ts";
import { reportingLastDay } from "./reportingLastDay.ts";

const termsCheck = fieldCheckFor<DirectiveTerms>();

/**
 * The Week's rules that hold for a whole directive and for its terms alike, each with the fields it reads: seven
 * days in its year, the opening within, the deadline after.
 */
export const directiveTermsChecks: readonly FieldCheck<DirectiveTerms>[] = [
  termsCheck(["week", "year"], (t, terms) => {
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
    return issues;
  }),
  termsCheck(["reporting", "week"], (t, terms) => {
    const lastDay = reportingLastDay(terms);
    const { end } = terms.week;
    return lastDay !== undefined && lastDay <= end
      ? createIssue(t, "directive.deadline-before-week-end", ["reporting", "deadline"], { deadline: lastDay, end })
      : [];
  }),
];
