import {
  type Deadline,
  type LifelongLearningWeek,
  type LifelongLearningWeekEntry,
  lifelongLearningWeek,
  type SourceDocument,
} from "@xhht/calendar";
import { editions } from "../../data/editions.ts";
import { checkListOptions } from "../../rules/checkListOptions.ts";
import type { EditionInput } from "./editionSchema.ts";

/**
 * One year's Week as the SDK knows it, with the dates resolved by @xhht/calendar.
 *
 * @example
 * ```ts
 * const edition: Edition = findEdition(2020);
 * edition.letterNumber; // "3589/BGDĐT-GDTX"
 * edition.week.start; // "2020-10-01"
 * edition.provisional; // false
 * ```
 */
export interface Edition {
  readonly year: number;
  readonly letterNumber: string | undefined;
  readonly letterDate: string | undefined;
  readonly theme: string | undefined;
  readonly draftingUnit: string | undefined;
  readonly week: LifelongLearningWeek;
  readonly reportDeadline: Deadline | undefined;
  /** `true` when no letter is known and the dates come from the default rule. */
  readonly provisional: boolean;
  /** Where the facts come from, as free text: the edition's `source` and the calendar's sources for its dates. */
  readonly sources: readonly string[];
  /** The public documents the edition's facts come from, for a user to check (empty when none is known). */
  readonly sourceDocuments: readonly SourceDocument[];
  /** What is unknown or unusual about this edition. */
  readonly note: string | undefined;
}

/**
 * Options of {@link findEdition}.
 *
 * @example
 * ```ts
 * const options: FindEditionOptions = { editions: [{ year: 2026, theme: "Học tập suốt đời", source: "Báo Giáo dục và Thời đại" }] };
 * findEdition(2026, options).theme; // "Học tập suốt đời"
 * ```
 */
export interface FindEditionOptions {
  /** Editions that add to or replace the SDK's data (e.g. this year's letter, once published), already validated with `editionSchema`. */
  readonly editions?: readonly EditionInput[];
}

/**
 * The Week of `year`: the Ministry's letter and theme where known, its dates and report deadline from
 * @xhht/calendar (or from a supplied edition), and whether they are provisional. A user's edition takes precedence
 * over the SDK's data for its year.
 *
 * @example
 * ```ts
 * findEdition(2020).theme; // "Chuyển đổi số thúc đẩy Học tập suốt đời"
 * findEdition(2020).sourceDocuments.at(0)?.issuer; // "Bộ Giáo dục và Đào tạo"
 * findEdition(2026, { editions: [{ year: 2026, letterNumber: "4321/BGDĐT-GDNNGDTX", start: "2026-10-01", source: "…" }] }).week.provisional; // false
 * ```
 */
export const findEdition = (year: number, options: FindEditionOptions = {}): Edition => {
  checkListOptions("findEdition", options, ["editions"]);
  const entry =
    [...(options.editions ?? [])].reverse().find((edition) => edition.year === year) ??
    (editions as readonly EditionInput[]).find((edition) => edition.year === year);
  const weeks: LifelongLearningWeekEntry[] =
    entry?.start === undefined
      ? []
      : [
          {
            year,
            start: entry.start,
            opening: entry.opening,
            source: entry.source,
            letterDate: entry.letterDate,
            reportDeadline: entry.reportDeadline,
            reportDeadlineSource: entry.reportDeadline && entry.source,
          },
        ];
  const week = lifelongLearningWeek(year, { weeks });
  return {
    year,
    letterNumber: entry?.letterNumber,
    letterDate: entry?.letterDate ?? week.letterDate,
    theme: entry?.theme,
    draftingUnit: entry?.draftingUnit,
    week,
    reportDeadline: entry?.reportDeadline ?? week.reportDeadline,
    provisional: week.provisional,
    sources: [
      ...new Set([entry?.source, week.source, week.reportDeadlineSource].filter((source) => source !== undefined)),
    ],
    sourceDocuments: entry?.sources ?? [],
    note: entry?.note,
  };
};
