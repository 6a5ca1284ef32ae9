import type { Translate } from "../i18n/createTranslator.ts";
import type { Issue } from "./Issue.ts";

/**
 * A field a rule reads: a top-level key of `T` (`"letter"`, the whole object) or a path into it, its keys joined by
 * dots (`"letter.date"`), when the rule reads only part of a nested object.
 */
export type FieldPath<T> = (keyof T & string) | `${keyof T & string}.${string}`;

/**
 * A rule of an entity that reads only some of its fields and reports only on them: when the schema refuses other
 * fields, it still runs on the fields that parsed, so one call reports every problem it can trust.
 */
export interface FieldCheck<T> {
  /**
   * Every field the rule reads or reports on ({@link FieldPath}); it runs only when all of them parsed: none of them,
   * nothing inside them, and no object they sit in was refused.
   */
  readonly reads: readonly FieldPath<T>[];
  readonly run: (t: Translate, value: T) => Issue[];
}

/**
 * The checks of an entity beyond its schema: field checks, which run on the fields that parsed even when others did
 * not, or one function of the whole value, which runs only when all of it parsed.
 */
export type Check<T> = readonly FieldCheck<T>[] | ((t: Translate, value: T) => Issue[]);
