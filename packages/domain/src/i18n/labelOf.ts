import { createNamesTranslator } from "./createNamesTranslator.ts";
import type { LanguageOptions } from "./createTranslator.ts";

/**
 * The kinds of codes that have a human name in each language.
 *
 * @example
 * ```ts
 * const kind: LabelKind = "measure";
 * labelOf(kind, "learners", { lang: "en" }); // "Learners"
 * ```
 */
export type LabelKind = "activity" | "audience" | "venue" | "measure" | "actor" | "duty" | "holiday" | "milestone";

/**
 * The name of a code in the caller's language (Vietnamese by default); the code itself when it has no name.
 *
 * @example
 * ```ts
 * labelOf("activity", "reading.class-bookshelves"); // "Phong trào “tủ sách lớp học”"
 * labelOf("actor", "department-of-education", { lang: "en" }); // "Department of Education and Training"
 * ```
 */
export const labelOf = (kind: LabelKind, code: string, options: LanguageOptions = {}): string => {
  const key = `${kind}.${code}`;
  const label = createNamesTranslator(options)(key);
  return label === key ? code : label;
};
