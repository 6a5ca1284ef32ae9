import type { IsoDate } from "@xhht/calendar";
import * as z from "zod/mini";
import type { Deadline } from "../../fields/deadlineSchema.ts";
import { deadlineSchema } from "../../fields/deadlineSchema.ts";
import { documentFields } from "../../fields/documentFields.ts";
import { isoDate } from "../../fields/isoDate.ts";
import { shortText, subjectText } from "../../fields/text.ts";

/**
 * How a document cites the Ministry's letter: issuer, number and symbol, date, subject. A part that is not known
 * (2025's date) is left out, and the citation says no more than is known.
 *
 * @example
 * ```ts
 * letterCitationSchema.safeParse({ issuer: "BỘ GIÁO DỤC VÀ ĐÀO TẠO", number: 5607, symbol: "BGDĐT-GDNNGDTX", subject: "tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2025" }).success; // true
 * letterCitationSchema.safeParse({ issuer: "BỘ GIÁO DỤC VÀ ĐÀO TẠO", number: 5607, symbol: "bgdđt", subject: "…" }).success; // false
 * ```
 */
export const letterCitationSchema = z.object({
  issuer: shortText,
  number: documentFields.number,
  symbol: z.optional(documentFields.symbol),
  date: z.optional(isoDate),
  subject: subjectText,
});

/**
 * What plans, reports and summaries of a year are judged by: the Week, the theme, the activities asked for, the
 * report deadline and the letter to cite. A whole {@link Directive} has all of it; so has what {@link directiveFor}
 * returns for a year whose letter text is not public, with the unknown parts left out. Other fields are ignored.
 *
 * @example
 * ```ts
 * directiveTermsSchema.safeParse(directive2020).success; // true
 * directiveTermsSchema.safeParse(directiveFor(2024)).success; // true
 * ```
 */
export const directiveTermsSchema = z.object({
  year: z.int().check(z.minimum(2011), z.maximum(2200)),
  theme: z.optional(subjectText),
  week: z.object({ start: isoDate, end: isoDate, opening: isoDate }),
  activities: z.array(z.object({ code: shortText })),
  reporting: z.object({
    deadline: z.optional(deadlineSchema),
    /** Whom the reports go to, as running text names it: «Bộ Giáo dục và Đào tạo». */
    recipient: z.optional(shortText),
  }),
  letter: z.optional(letterCitationSchema),
});

/**
 * How a document cites the Ministry's letter, as {@link letterCitationSchema} parses it.
 *
 * @example
 * ```ts
 * const citation: LetterCitation | undefined = directiveFor(2024).letter;
 * citation?.number; // 5201
 * ```
 */
export type LetterCitation = z.infer<typeof letterCitationSchema>;

/**
 * What a year's plans, reports and summaries are judged by ({@link directiveTermsSchema}'s fields): a
 * {@link Directive} is one, and so is a {@link YearDirective}.
 *
 * @example
 * ```ts
 * const terms: DirectiveTerms = directive2020;
 * terms.week.opening; // "2020-10-01"
 * ```
 */
export interface DirectiveTerms {
  readonly year: number;
  readonly theme?: string | undefined;
  readonly week: { readonly start: IsoDate; readonly end: IsoDate; readonly opening: IsoDate };
  readonly activities: readonly { readonly code: string }[];
  readonly reporting: { readonly deadline?: Deadline | undefined; readonly recipient?: string | undefined };
  readonly letter?: LetterCitation | undefined;
}
