import { CalendarError } from "./CalendarError.ts";
import type { CalendarErrorCode } from "./calendarErrorCodes.ts";
import { describeValue } from "./describeValue.ts";

/**
 * Reads `keys` of an object argument once, into a plain object: a getter or a proxy that throws, or an argument that
 * is not an object (`undefined` aside, read as `{}` when `optional`), becomes a {@link CalendarError} `code` saying
 * what `what` should be.
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
    throw new CalendarError(code, `${what} must be an object, not ${describeValue(value)}`);
  }
  try {
    for (const key of keys) fields[key] = (value as Record<K, unknown>)[key];
  } catch (cause) {
    throw new CalendarError(code, `${what} cannot be read from the value given: pass a plain object`, { cause });
  }
  return fields;
};
