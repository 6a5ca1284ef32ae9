import * as z from "zod/mini";
import { textLimits } from "../../data/textLimits.ts";
import { boundedString } from "../../fields/boundedString.ts";
import { deadlineSchema } from "../../fields/deadlineSchema.ts";
import { isoDate } from "../../fields/isoDate.ts";
import { shortText, subjectText, text } from "../../fields/text.ts";
import { officialLetterSchema } from "../officialLetter/OfficialLetter.ts";

const code = boundedString(textLimits.code).check(
  z.regex(/^[a-z]+(?:-[a-z]+)*(?:\.[a-z]+(?:-[a-z]+)*)*$/, {
    message: "code.format",
  }),
);
const blockRef = boundedString(textLimits.code).check(z.minLength(1));

/**
 * Who carries out the directive (section 5 and the closing request).
 *
 * @example
 * ```ts
 * actorCodes.includes(directive2020.reporting.assignee); // true
 * labelOf("actor", actorCodes[1], { lang: "en" }); // "Department of Education and Training"
 * ```
 */
export const actorCodes = [
  "provincial-peoples-committee",
  "department-of-education",
  "provincial-study-promotion-association",
  "district-peoples-committee",
  "commune-peoples-committee",
  "educational-institution",
  "provincial-steering-committee",
  "ministry",
] as const;

/**
 * One of {@link actorCodes}: who carries out a duty of the directive. Labels are in the locale files
 * (`actor.<code>`); «district-peoples-committee» exists only before 01/07/2025 (see `actorInForce`).
 *
 * @example
 * ```ts
 * const actor: ActorCode = "commune-peoples-committee";
 * ```
 */
export type ActorCode = (typeof actorCodes)[number];

/**
 * An activity the directive asks for: a code of the activity catalogue and the body block that asks for it.
 *
 * @example
 * ```ts
 * directiveActivitySchema.safeParse({ code: "communication.media", source: "s4.a" }).success; // true
 * directiveActivitySchema.safeParse({ code: "Communication Media", source: "s4.a" }).success; // false
 * ```
 */
export const directiveActivitySchema = z.strictObject({
  code,
  /** The id of the letter's body block that asks for this activity. */
  source: blockRef,
});

/**
 * What one actor must do: its duties (codes) and the body block of the letter that sets them.
 *
 * @example
 * ```ts
 * actorDutySchema.safeParse({ actor: "department-of-education", source: "s5.b", duties: ["advise"] }).success; // true
 * actorDutySchema.safeParse({ actor: "department-of-education", source: "s5.b", duties: [] }).success; // false
 * ```
 */
export const actorDutySchema = z.strictObject({
  actor: z.enum(actorCodes),
  /** The id of the letter's body block that sets these duties. */
  source: blockRef,
  duties: z.array(code).check(z.minLength(1)),
});

/**
 * A legal document a letter cites: its number and symbol, issuer, date, and how the letter cites it.
 *
 * @example
 * ```ts
 * legalReferenceSchema.safeParse({ number: "07/2018/TT-BTC", issuer: "Bộ Tài chính", date: "2018-01-24" }).success; // true
 * legalReferenceSchema.safeParse({ number: "07/2018/TT-BTC", issuer: "Bộ Tài chính", date: "24/01/2018" }).success; // false
 * ```
 */
export const legalReferenceSchema = z.strictObject({
  /** The document's number and symbol as officially registered: «07/2018/TT-BTC». */
  number: shortText,
  issuer: shortText,
  date: isoDate,
  title: z.optional(subjectText),
  /** How the letter itself cites it, when that differs from the official form. */
  citedAs: z.optional(shortText),
});

export const erratumSchema = z.strictObject({
  published: text,
  corrected: text,
  note: text,
});

/**
 * The Ministry's yearly letter on the Lifelong Learning Week as data: the letter itself (laid out by Decree 30)
 * and what it requires, with each requirement pointing at the body block that states it.
 *
 * @example
 * ```ts
 * const result = validateDirective(directive2020);
 * result.ok; // true
 * ```
 */
export const directiveSchema = z.strictObject({
  schemaVersion: z.literal(1),
  year: z.int().check(z.minimum(2011), z.maximum(2200)),
  letter: officialLetterSchema,
  theme: subjectText,
  week: z.strictObject({ start: isoDate, end: isoDate, opening: isoDate }),
  activities: z.array(directiveActivitySchema).check(z.minLength(1)),
  duties: z.array(actorDutySchema).check(z.minLength(1)),
  reporting: z.strictObject({
    deadline: deadlineSchema,
    /** Who reports: the body the Chair assigns. */
    assignee: z.enum(actorCodes),
    recipient: shortText,
    via: shortText,
    email: z.optional(z.email({ message: "email.format" }).check(z.maxLength(254))),
    /** What the Ministry does with the reports. */
    purpose: text,
    source: blockRef,
  }),
  funding: z.optional(legalReferenceSchema),
  /** Corrections of obvious typing errors in the published text, kept so the original can be traced. */
  errata: z._default(z.array(erratumSchema), []),
});

/**
 * An activity the directive asks for, as {@link directiveActivitySchema} parses it.
 *
 * @example
 * ```ts
 * const first: DirectiveActivity | undefined = directive2020.activities[0];
 * first; // { code: "communication.media", source: "s4.a" }
 * ```
 */
export type DirectiveActivity = z.infer<typeof directiveActivitySchema>;
/**
 * What one actor must do, as {@link actorDutySchema} parses it.
 *
 * @example
 * ```ts
 * const duty: ActorDuty | undefined = directive2020.duties.find((entry) => entry.actor === "ministry");
 * duty?.actor; // "ministry"
 * ```
 */
export type ActorDuty = z.infer<typeof actorDutySchema>;
/**
 * A legal document a letter cites, as {@link legalReferenceSchema} parses it.
 *
 * @example
 * ```ts
 * const funding: LegalReference | undefined = directive2020.funding;
 * funding?.number; // "07/2018/TT-BTC"
 * ```
 */
export type LegalReference = z.infer<typeof legalReferenceSchema>;
/**
 * The Ministry's yearly letter as data, as {@link directiveSchema} parses it.
 *
 * @example
 * ```ts
 * const directive: Directive = directive2020;
 * directive.week; // { start: "2020-10-01", end: "2020-10-07", opening: "2020-10-01" }
 * ```
 */
export type Directive = z.infer<typeof directiveSchema>;
/**
 * The Ministry's yearly letter as written, before {@link directiveSchema} fills its defaults (`errata`).
 *
 * @example
 * ```ts
 * const input: DirectiveInput = { ...directive2020, errata: undefined };
 * validateDirective(input).value?.errata; // []
 * ```
 */
export type DirectiveInput = z.input<typeof directiveSchema>;
