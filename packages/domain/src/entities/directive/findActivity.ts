import { type ActivityCode, activityCatalogue, type CatalogueEntry } from "../../data/activityCatalogue.ts";

const byCode: ReadonlyMap<string, CatalogueEntry> = new Map(activityCatalogue.map((entry) => [entry.code, entry]));

/**
 * The catalogue entry of an activity code, or `undefined` for a code the catalogue does not know.
 *
 * @example
 * ```ts
 * findActivity("reading.class-bookshelves")?.measures; // ["bookshelves", "books"]
 * ```
 */
export const findActivity = (code: ActivityCode | (string & {})): CatalogueEntry | undefined => byCode.get(code);
