import { directiveSchema } from "./Directive.ts";
import { DomainError } from "./DomainError.ts";
import { deadlineSchema } from "./deadlineSchema.ts";
import { domainErrorCodes } from "./domainErrorCodes.ts";

/** Directives and deadlines already found valid: a batch passes the same one many times. */
const checked = new WeakSet<object>();

const isValid = (value: unknown, schema: typeof directiveSchema | typeof deadlineSchema): boolean => {
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
 * Checks the options of `caller` that the SDK reads as data of its own: a `directive` must be a valid directive
 * (such as `directive2020`) and a `deadline` a valid deadline, when given; `required` names a directive that must be
 * given. A mistake is the caller's, not the data's: it throws a {@link DomainError} `domain.invalid-option`, so
 * a validator never fails on its options with a bare `TypeError` in the middle of its checks.
 */
export const checkOptions = (caller: string, options: unknown, required?: "directive"): void => {
  const fail = (message: string): never => {
    throw new DomainError(domainErrorCodes.invalidOption, `${caller}: ${message}`);
  };
  if (options === undefined && required === undefined) return;
  if (typeof options !== "object" || options === null) fail("options must be an object, or left out");
  const { directive, deadline } = options as { directive?: unknown; deadline?: unknown };
  if (directive === undefined && required === "directive") fail("options.directive is required");
  if (directive !== undefined && !isValid(directive, directiveSchema)) {
    fail("options.directive must be a valid directive (check it with validateDirective), such as directive2020");
  }
  if (deadline !== undefined && !isValid(deadline, deadlineSchema)) {
    fail('options.deadline must be a valid deadline, e.g. { kind: "noLaterThan", date: "2020-10-29" }');
  }
};
