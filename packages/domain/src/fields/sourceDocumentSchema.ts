import type { SourceDocument } from "@xhht/calendar";
import * as z from "zod/mini";
import { isoDate } from "./isoDate.ts";
import { shortText, subjectText } from "./text.ts";

/**
 * A public document a fact of the data comes from, so a user can check it (@xhht/calendar's {@link SourceDocument}
 * as a zod schema): the document (a legal text's type and number, or a press article's title in «»), who issued or
 * published it, its date (`YYYY-MM-DD`, left out when not known) and, where one is known, its `https` address.
 *
 * @example
 * ```ts
 * sourceDocumentSchema.parse({
 *   document: "Công văn 3589/BGDĐT-GDTX",
 *   issuer: "Bộ Giáo dục và Đào tạo",
 *   date: "2020-09-15",
 * });
 * sourceDocumentSchema.safeParse({ document: "…", issuer: "…", url: "http://example.vn/" }).success; // false
 * ```
 */
export const sourceDocumentSchema = z.strictObject({
  document: subjectText,
  issuer: shortText,
  date: z.optional(isoDate),
  url: z.optional(
    z.url({ protocol: /^https$/, hostname: z.regexes.domain }).check(z.maxLength(2048), z.regex(/^https:\/\//)),
  ),
});

/**
 * A {@link sourceDocumentSchema} value: a calendar {@link SourceDocument} (its test fails to compile if the two drift
 * apart).
 *
 * @example
 * ```ts
 * const letter: SourceDocumentEntry = { document: "Công văn 5201/BGDĐT-GDTX", issuer: "Bộ Giáo dục và Đào tạo" };
 * ```
 */
export type SourceDocumentEntry = z.infer<typeof sourceDocumentSchema>;
