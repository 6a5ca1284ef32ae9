import type { Deadline, LifelongLearningWeek, SourceDocument } from "@xhht/calendar";
import { isIsoDate, lifelongLearningWeek } from "@xhht/calendar";
import type { Language } from "@xhht/core";
import { directive2020 } from "../../data/directive2020.ts";
import { type DirectiveFactNoteId, directiveFactLabels, directiveFactNotes } from "../../data/directiveFactTexts.ts";
import { editionActivities } from "../../data/editionActivities.ts";
import { letterIssuers } from "../../data/letterIssuers.ts";
import { checkListOptions } from "../../rules/checkListOptions.ts";
import type { EditionInput } from "../edition/editionSchema.ts";
import { findEdition } from "../edition/findEdition.ts";
import type { Directive } from "./Directive.ts";
import type { DirectiveTerms, LetterCitation } from "./DirectiveTerms.ts";

/**
 * Whether one part of a year's directive is known, and from which public documents, with its name (`label`) and what
 * is uncertain about it (`notes`) in Vietnamese and English.
 *
 * @example
 * ```ts
 * const fact: DirectiveFact = directiveFor(2024).facts.text;
 * fact.known; // false: the letter's text was not found
 * fact.label.vi; // "Toàn văn công văn"
 * fact.notes?.en; // "The letter's text was not found in a public source."
 * ```
 */
export interface DirectiveFact {
  readonly known: boolean;
  readonly sources: readonly SourceDocument[];
  /** The part's name in each language: «Hạn gửi báo cáo», «Report deadline» (`directiveFactLabel` gives one). */
  readonly label: Readonly<Record<Language, string>>;
  /** What is uncertain about the part, in each language; absent when nothing is. */
  readonly notes?: Readonly<Record<Language, string>>;
  /**
   * What is uncertain, in English.
   *
   * @deprecated Use `notes.en` (or `notes.vi`): the same note in each language.
   */
  readonly note?: string;
}

/** A fact named `name`, with its label and, for `noteId`, its notes (and the English `note` of earlier versions). */
const factOf = (
  name: DirectiveFactName,
  known: boolean,
  sources: readonly SourceDocument[],
  noteId?: DirectiveFactNoteId,
): DirectiveFact => {
  const notes = noteId === undefined ? undefined : directiveFactNotes[noteId];
  return {
    known,
    sources,
    label: directiveFactLabels[name],
    ...(notes !== undefined && { notes, note: notes.en }),
  };
};

/**
 * The parts of a year's directive that {@link YearDirective.facts} marks known or unknown: the letter's number and
 * symbol (`letter`), its date, the theme, the Week's dates, the activities asked for, the report deadline, and the
 * letter's whole text (`text`: known only when the directive itself is data, as 2020's is).
 *
 * @example
 * ```ts
 * directiveFactNames.filter((name) => !directiveFor(2025).facts[name].known); // ["letterDate", "reportDeadline", "text"]
 * ```
 */
export const directiveFactNames = [
  "letter",
  "letterDate",
  "theme",
  "week",
  "activities",
  "reportDeadline",
  "text",
] as const;

/**
 * One of {@link directiveFactNames}.
 *
 * @example
 * ```ts
 * const name: DirectiveFactName = "theme";
 * ```
 */
export type DirectiveFactName = (typeof directiveFactNames)[number];

/**
 * A year's directive as far as it is public: the {@link DirectiveTerms} that plans, reports and summaries are
 * judged by (pass it as their `directive`), each part marked known or unknown with its sources, and the whole
 * {@link Directive} when its text is data (2020, or one given through `defineDirective`).
 *
 * @example
 * ```ts
 * const year: YearDirective = directiveFor(2024);
 * year.letter?.number; // 5201
 * year.directive; // undefined: the letter's text is not public
 * ```
 */
export interface YearDirective extends DirectiveTerms {
  readonly week: LifelongLearningWeek;
  readonly activities: readonly { readonly code: string }[];
  readonly reporting: { readonly deadline?: Deadline | undefined; readonly recipient?: string | undefined };
  /** The whole directive, when its text is known. */
  readonly directive: Directive | undefined;
  readonly facts: Readonly<Record<DirectiveFactName, DirectiveFact>>;
  /** The edition's note: what is unknown or unusual about the year. */
  readonly note: string | undefined;
}

/**
 * Options of {@link directiveFor}.
 *
 * @example
 * ```ts
 * const options: DirectiveForOptions = { editions: [{ year: 2026, theme: "Học tập suốt đời", source: "Báo Giáo dục và Thời đại" }] };
 * directiveFor(2026, options).theme; // "Học tập suốt đời"
 * ```
 */
export interface DirectiveForOptions {
  /** Whole directives (from `defineDirective`) that add to or replace the SDK's: the one of `year` is used first. */
  readonly directives?: readonly Directive[];
  /** Editions (the known facts of a year) that add to or replace the SDK's, as `findEdition` takes them. */
  readonly editions?: readonly EditionInput[];
}

const builtIn: readonly Directive[] = [directive2020];
const ministry = "Bộ Giáo dục và Đào tạo";

const citationOf = (letterNumber: string | undefined, date: string | undefined, year: number) => {
  const match = letterNumber === undefined ? null : /^(\d+)\/(.+)$/.exec(letterNumber);
  if (!match) return undefined;
  const [, number, symbol = ""] = match;
  const issuer = letterIssuers.find((entry) => symbol.startsWith(`${entry.symbolPrefix}-`)) ?? letterIssuers[0];
  const citation: LetterCitation = {
    issuer: issuer.name,
    number: Number(number),
    symbol,
    ...(date !== undefined && isIsoDate(date) && { date }),
    subject: `tổ chức Tuần lễ hưởng ứng học tập suốt đời năm ${year}`,
  };
  return { citation, runningName: issuer.runningName };
};

const fromDirective = (directive: Directive, sources: readonly SourceDocument[]): YearDirective => {
  const known = (name: DirectiveFactName): DirectiveFact => factOf(name, true, sources);
  return {
    year: directive.year,
    theme: directive.theme,
    week: lifelongLearningWeek(directive.year, {
      weeks: [
        {
          year: directive.year,
          start: directive.week.start,
          opening: directive.week.opening,
          source: `Công văn ${directive.letter.number ?? ""}/${directive.letter.symbol}`,
          letterDate: directive.letter.date,
        },
      ],
    }),
    activities: directive.activities,
    reporting: { deadline: directive.reporting.deadline, recipient: directive.reporting.recipient },
    letter: directive.letter,
    directive,
    facts: {
      letter: known("letter"),
      letterDate: known("letterDate"),
      theme: known("theme"),
      week: known("week"),
      activities: known("activities"),
      reportDeadline: known("reportDeadline"),
      text: known("text"),
    },
    note: undefined,
  };
};

/**
 * The directive of `year`, as far as it is public. For 2020 (and a year given in `directives`) it holds the whole
 * letter; for the other years the parts the public sources give (the letter's number, date and theme from the
 * SDK's editions, the Week from @xhht/calendar, provisional where no letter is known, the activities the letter's
 * press reports name), each marked in `facts`. The letter's subject in `letter` is the standard one, «tổ chức Tuần
 * lễ hưởng ứng học tập suốt đời năm …», as every known letter words it. Pass the result as `directive` to
 * `validatePlan`, `validateReport`, `summarizeReports`, `renderPlan` and `renderReport`.
 *
 * @example
 * ```ts
 * directiveFor(2020).directive === directive2020; // true
 * directiveFor(2024).theme; // "Phát triển văn hóa đọc thúc đẩy học tập suốt đời"
 * directiveFor(2024).facts.activities.known; // true (from press reports of the letter)
 * directiveFor(2030).week.provisional; // true
 * ```
 */
export const directiveFor = (year: number, options: DirectiveForOptions = {}): YearDirective => {
  checkListOptions("directiveFor", options, ["directives", "editions"]);
  const edition = findEdition(year, { editions: options.editions ?? [] });
  const whole =
    [...(options.directives ?? [])].reverse().find((directive) => directive.year === year) ??
    builtIn.find((directive) => directive.year === year);
  if (whole !== undefined) return fromDirective(whole, edition.sourceDocuments);
  const listed = editionActivities.find((entry) => entry.year === year);
  const cited = citationOf(edition.letterNumber, edition.letterDate, year);
  const editionFact = (name: DirectiveFactName, known: boolean, unknown: DirectiveFactNoteId): DirectiveFact =>
    factOf(name, known, known ? edition.sourceDocuments : [], known ? undefined : unknown);
  return {
    year,
    theme: edition.theme,
    week: edition.week,
    activities: (listed?.activities ?? []).map((code) => ({ code })),
    reporting: {
      deadline: edition.reportDeadline,
      recipient: cited?.runningName ?? (edition.letterNumber === undefined ? ministry : undefined),
    },
    letter: cited?.citation,
    directive: undefined,
    facts: {
      letter: editionFact("letter", cited !== undefined, "letter-not-found"),
      letterDate: editionFact("letterDate", edition.letterDate !== undefined, "letter-date-not-found"),
      theme: editionFact("theme", edition.theme !== undefined, "theme-not-found"),
      week: editionFact("week", !edition.week.provisional, "week-provisional"),
      activities: factOf(
        "activities",
        listed !== undefined,
        listed?.sources ?? [],
        listed === undefined ? "activities-not-found" : listed.complete === false ? "activities-from-press" : undefined,
      ),
      reportDeadline: editionFact("reportDeadline", edition.reportDeadline !== undefined, "report-deadline-not-found"),
      text: factOf("text", false, [], "text-not-found"),
    },
    note: edition.note,
  };
};
