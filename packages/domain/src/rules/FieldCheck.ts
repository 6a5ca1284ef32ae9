import type { Translate } from "../i18n/createTranslator.ts";
import type { Issue } from "./Issue.ts";

/**
 * A rule of an entity that reads only some of its top-level fields and reports only on them: when the schema refuses
 * other fields, it still runs on the fields that parsed, so one call reports every problem it can trust.
 */
export interface FieldCheck<T> {
  /** Every top-level field the rule reads or reports on; it runs only when all of them parsed. */
  readonly reads: readonly (keyof T & string)[];
  readonly run: (t: Translate, value: T) => Issue[];
}

/**
 * The checks of an entity beyond its schema: field checks, which run on the fields that parsed even when others did
 * not, or one function of the whole value, which runs only when all of it parsed.
 */
export type Check<T> = readonly FieldCheck<T>[] | ((t: Translate, value: T) => Issue[]);
