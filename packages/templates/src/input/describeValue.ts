import { templateErrorMessages } from "../data/templateErrorMessages.ts";

/**
 * A short description of any value for an error message, that never throws: a string is quoted and cut at 60
 * characters, an error gives its message, anything else its type. Safe with symbols, bigints, objects without a
 * prototype or with a throwing `toString`, and revoked proxies.
 */
export const describeValue = (value: unknown): string => {
  try {
    if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
    if (value instanceof Error) return describeValue(String(value.message));
    if (typeof value === "bigint" || typeof value === "number" || typeof value === "boolean") return String(value);
    if (value === null || value === undefined) return String(value);
    return templateErrorMessages.valueOfType(typeof value);
  } catch {
    return templateErrorMessages.indescribable;
  }
};
