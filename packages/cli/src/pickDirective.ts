import type { Directive } from "@xhht/domain";

/**
 * The directive a record is judged by: of the record's own year, the one given with `--directive` first, then the
 * built-in 2020 letter; for a record without a year, the one given.
 */
export const pickDirective = (
  value: unknown,
  given: Directive | undefined,
  builtIn: Directive,
): Directive | undefined => {
  const year = typeof value === "object" && value !== null ? (value as { year?: unknown }).year : undefined;
  if (typeof year !== "number") return given;
  return [given, builtIn].find((directive) => directive?.year === year);
};
