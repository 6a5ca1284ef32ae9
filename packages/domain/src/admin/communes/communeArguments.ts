import { DomainError, domainErrorCodes } from "@xhht/domain";

const described = (value: unknown): string =>
  value === null || value === undefined
    ? String(value)
    : Array.isArray(value)
      ? "an array"
      : `${typeof value === "object" ? "an" : "a"} ${typeof value}`;

/** Throws `domain.invalid-argument` unless `value` is a string, saying which argument and what to pass. */
export const checkString = (value: unknown, where: string, what: string): string => {
  if (typeof value === "string") return value;
  throw new DomainError(domainErrorCodes.invalidArgument, `${where}: pass ${what} (a string); got ${described(value)}`);
};

/** The options object, checked: `undefined` or an object whose given fields are strings. */
export const checkOptions = <Key extends string>(
  options: unknown,
  where: string,
  fields: Readonly<Record<Key, string>>,
): Partial<Record<Key, string>> => {
  if (options === undefined) return {};
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new DomainError(
      domainErrorCodes.invalidArgument,
      `${where}: pass the options as an object, e.g. { province: "01" }, or leave them out; got ${described(options)}`,
    );
  }
  const checked: Partial<Record<Key, string>> = {};
  for (const [key, what] of Object.entries(fields) as [Key, string][]) {
    const value = (options as Record<string, unknown>)[key];
    if (value !== undefined) checked[key] = checkString(value, `${where}, option ${key}`, what);
  }
  return checked;
};
