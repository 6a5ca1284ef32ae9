import { CalendarError } from "./CalendarError.ts";
import { type CalendarErrorCode, calendarErrorCodes } from "./calendarErrorCodes.ts";
import { describeValue } from "./describeValue.ts";

/**
 * Reads `keys` of an object argument once, into a plain object: a getter or a proxy that throws, or an argument that
 * is not an object (`undefined` aside, read as `{}` when `optional`), becomes a {@link CalendarError} `code` saying
 * what `what` should be: an object with those keys.
 */
export const readFields = <K extends string>(
  value: unknown,
  keys: readonly K[],
  code: CalendarErrorCode,
  what: string,
  optional = false,
): { readonly [P in K]?: unknown } => {
  const fields: { [P in K]?: unknown } = {};
  if (value === undefined && optional) return fields;
  if (typeof value !== "object" || value === null) {
    throw new CalendarError(code, `${what} must be an object { ${keys.join(", ")} }, not ${describeValue(value)}`);
  }
  try {
    for (const key of keys) fields[key] = (value as Record<K, unknown>)[key];
  } catch (cause) {
    throw new CalendarError(code, `${what} cannot be read from the value given: pass a plain object`, { cause });
  }
  return fields;
};

/**
 * {@link readFields} for the options of the function `fn`, which may be left out: a message begins «`fn`: options».
 */
export const readOptions = <K extends string>(
  fn: string,
  options: unknown,
  keys: readonly K[],
  code: CalendarErrorCode = calendarErrorCodes.invalidOptions,
): { readonly [P in K]?: unknown } => readFields(options, keys, code, `${fn}: options`, true);

/**
 * The {@link CalendarError} (`calendar.invalid-options` unless `code`) for `options.name` of the function `fn`,
 * which takes `expected` and was given `value` (described as `given`, unless left out):
 * «`fn`: options.`name` must be `expected`, not `value`».
 */
export const invalidOption = (
  fn: string,
  name: string,
  expected: string,
  value: unknown,
  code: CalendarErrorCode = calendarErrorCodes.invalidOptions,
  given = describeValue(value),
): CalendarError => new CalendarError(code, `${fn}: options.${name} must be ${expected}, not ${given}`);
