import * as z from "zod/mini";
import { directiveTermsSchema } from "../entities/directive/DirectiveTerms.ts";
import { DomainError } from "../errors/DomainError.ts";
import { domainErrorCodes } from "../errors/domainErrorCodes.ts";
import { deadlineSchema } from "../fields/deadlineSchema.ts";
import { isoDate } from "../fields/isoDate.ts";
import { knownValidOptions as checked } from "./knownValidOptions.ts";

/**
 * A forwarding letter cites the whole directive's letter: what it reads beyond the terms. Neither is the whole
 * directive schema, which costs ten times a report's validation when a batch passes a fresh copy each time.
 */
const wholeDirectiveAsRead = z.extend(directiveTermsSchema, {
  reporting: z.looseObject({ deadline: deadlineSchema }),
  letter: z.looseObject({ date: isoDate }),
});

/** What the existence checks read of `knownUnits`: each list's codes and provinces. */
const knownUnitsSchema = z.object({
  communes: z.optional(z.array(z.object({ code: z.string(), province: z.string() }))),
  districts: z.optional(z.array(z.object({ code: z.string(), province: z.string() }))),
});

const isValid = (value: unknown, schema: z.ZodMiniType): boolean => {
  if (typeof value !== "object" || value === null) return false;
  if (checked.has(value)) return true;
  let valid: boolean;
  try {
    valid = schema.safeParse(value).success;
  } catch {
    valid = false;
  }
  if (valid) checked.add(value);
  return valid;
};

/**
 * Checks the options of `caller` that the SDK reads as data of its own: a `directive` must have what the validators
 * read of one (its terms: year, week, activities, and, when present, reporting deadline and letter; a required
 * directive also its letter's date and deadline; `validateDirective` checks the rest) and a
 * `deadline` must be a valid deadline, and `knownUnits` lists of units with their codes and provinces, when given; `required` names a directive that must be
 * given. A mistake is the caller's, not the data's: it throws a {@link DomainError} `domain.invalid-option`, so
 * a validator never fails on its options with a bare `TypeError` in the middle of its checks.
 */
export const checkOptions = (caller: string, options: unknown, required?: "directive"): void => {
  const fail = (message: string): never => {
    throw new DomainError(domainErrorCodes.invalidOption, `${caller}: ${message}`);
  };
  if (options === undefined && required === undefined) return;
  if (typeof options !== "object" || options === null) {
    fail(
      required === undefined
        ? "options must be an object, or left out"
        : `options must be an object with a ${required}`,
    );
  }
  const { directive, deadline, knownUnits } = options as {
    directive?: unknown;
    deadline?: unknown;
    knownUnits?: unknown;
  };
  if (directive === undefined && required === "directive") fail("options.directive is required");
  if (directive !== undefined && !isValid(directive, required ? wholeDirectiveAsRead : directiveTermsSchema)) {
    fail(
      required
        ? "options.directive must be a directive such as directive2020 (its year, week, activities, reporting.deadline and letter are read; check it with validateDirective)"
        : "options.directive must be a directive such as directive2020 or directiveFor(2024) (its year, week, activities and, when given, reporting.deadline and letter are read)",
    );
  }
  if (deadline !== undefined && !isValid(deadline, deadlineSchema)) {
    fail('options.deadline must be a valid deadline, e.g. { kind: "noLaterThan", date: "2020-10-29" }');
  }
  if (knownUnits !== undefined && !isValid(knownUnits, knownUnitsSchema)) {
    fail(
      "options.knownUnits must be an object whose communes and districts, if given, list units as { code, province }, e.g. { communes: communes(date) } with communes from @xhht/domain/communes",
    );
  }
};
