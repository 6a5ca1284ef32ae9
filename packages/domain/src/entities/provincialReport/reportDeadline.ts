import type { Deadline } from "../../fields/deadlineSchema.ts";
import type { DirectiveTerms } from "../directive/DirectiveTerms.ts";

/** The deadline a year's reports are judged by: the one given, else the directive's for that year, else none. */
export const reportDeadline = (
  year: number,
  options: { readonly directive?: DirectiveTerms; readonly deadline?: Deadline },
): Deadline | undefined =>
  options.deadline ?? (options.directive?.year === year ? options.directive.reporting.deadline : undefined);
