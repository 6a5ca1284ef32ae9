import * as z from "zod/mini";
import { deadlineSchema } from "../../fields/deadlineSchema.ts";
import { isoDate } from "../../fields/isoDate.ts";
import { sourceDocumentSchema } from "../../fields/sourceDocumentSchema.ts";
import { shortText, subjectText, text } from "../../fields/text.ts";

/**
 * What is known of one year's Lifelong Learning Week: the Ministry's letter, its theme, the drafting unit, and —
 * when they differ from the calendar's data or the default rule — its dates and report deadline. Unknown values
 * are left out; a user supplies a year's edition (e.g. next year's letter) without a new release.
 *
 * @example
 * ```ts
 * editionSchema.parse({
 *   year: 2026,
 *   letterNumber: "4321/BGDĐT-GDNNGDTX",
 *   theme: "…",
 *   source: "Công văn 4321/BGDĐT-GDNNGDTX",
 *   sources: [{ document: "Công văn 4321/BGDĐT-GDNNGDTX", issuer: "Bộ Giáo dục và Đào tạo", date: "2026-09-10" }],
 * });
 * ```
 */
export const editionSchema = z.strictObject({
  year: z.int().check(z.minimum(2011), z.maximum(2200)),
  /** Number and symbol of the letter announcing the Week: «3589/BGDĐT-GDTX». */
  letterNumber: z.optional(shortText),
  letterDate: z.optional(isoDate),
  theme: z.optional(subjectText),
  /** The Ministry's unit that drafted the letter: «GDTX» up to 2024, «GDNNGDTX» in 2025. */
  draftingUnit: z.optional(shortText),
  /** First day of the Week, when it is not the calendar's (01/10, or 02/10 when 01/10 is a Sunday). */
  start: z.optional(isoDate),
  opening: z.optional(isoDate),
  reportDeadline: z.optional(deadlineSchema),
  /** Where these facts come from, as free text (kept for compatibility: `sources` is what a user can check). */
  source: text,
  /**
   * The public documents these facts come from, each with its issuer and, where known, its date and `https`
   * address: the Ministry's letter, or a dated press article where the letter itself was not found.
   */
  sources: z.optional(z.array(sourceDocumentSchema)),
  /** What is uncertain or unusual about this edition. */
  note: z.optional(text),
});

/**
 * One year's edition as a user writes it, for `findEdition`'s `editions`.
 *
 * @example
 * ```ts
 * const next: EditionInput = { year: 2026, letterNumber: "4321/BGDĐT-GDNNGDTX", source: "Công văn 4321/BGDĐT-GDNNGDTX" };
 * findEdition(2026, { editions: [next] }).letterNumber; // "4321/BGDĐT-GDNNGDTX"
 * ```
 */
export type EditionInput = z.input<typeof editionSchema>;
/**
 * One year's edition as {@link editionSchema} parses it.
 *
 * @example
 * ```ts
 * const entry: EditionEntry = editionSchema.parse({ year: 2026, theme: "Học tập suốt đời", source: "Báo Giáo dục và Thời đại" });
 * entry.theme; // "Học tập suốt đời"
 * ```
 */
export type EditionEntry = z.infer<typeof editionSchema>;
