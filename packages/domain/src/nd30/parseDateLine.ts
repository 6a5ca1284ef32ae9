import { formatDateLine, isIsoDate } from "@xhht/calendar";
import { lowerVietnamese } from "../admin/foldVietnamese.ts";
import { provinceHistory } from "../admin/provinceHistory.ts";
import { textLimits } from "../data/textLimits.ts";
import { createTranslator, type LanguageOptions } from "../i18n/createTranslator.ts";
import { createIssue } from "../rules/createIssue.ts";
import type { Issue } from "../rules/Issue.ts";
import type { DateLine } from "./DateLine.ts";
import type { ParseResult } from "./ParseResult.ts";
import { textIssues } from "./textIssues.ts";

/** The part from «ngày» on; its «\s+» are each followed by a letter or a digit, so it matches in linear time. */
const tail = /^ngày\s+(?<day>\d{1,3})\s+tháng\s+(?<month>\d{1,3})\s+năm\s+(?<year>\d{4})$/u;

/**
 * Reads «<place>, ngày D tháng M năm YYYY» by hand where one regular expression (a lazy place, then «\s*,\s*» or
 * «\s+») took quadratic time on a long run of spaces: the date part starts at the last «ngày», and the place is what
 * precedes it less the separator, a comma with any spaces around it or at least one space.
 */
const split = (text: string) => {
  const at = text.lastIndexOf("ngày");
  const date = at < 0 ? undefined : tail.exec(text.slice(at))?.groups;
  if (date === undefined) return undefined;
  const before = text.slice(0, at);
  const spaced = before.trimEnd();
  const comma = spaced.endsWith(",");
  const place = comma ? spaced.slice(0, -1).trimEnd() : spaced;
  if (place.length === 0 || (!comma && spaced.length === before.length) || /[,\n\r]/u.test(place)) return undefined;
  return { day: date.day ?? "", month: date.month ?? "", year: date.year ?? "", place, comma: comma ? "," : undefined };
};

let officialNamesOnce: ReadonlyMap<string, string> | undefined;
const officialNames = (): ReadonlyMap<string, string> => {
  officialNamesOnce ??= new Map(
    provinceHistory.flatMap((province) => [
      [lowerVietnamese(province.shortName), province.shortName],
      [lowerVietnamese(province.name), province.name],
    ]),
  );
  return officialNamesOnce;
};

const done = (value: DateLine | undefined, issues: readonly Issue[]): ParseResult<DateLine> => ({
  ok: !issues.some((issue) => issue.severity === "error"),
  value,
  issues,
});

/** The place with its first letter capitalised, or a province's name in its official case. */
const capitalised = (place: string): string => {
  const official = officialNames().get(lowerVietnamese(place));
  if (official !== undefined && official.toLowerCase() === place.toLowerCase()) return official;
  return place.replace(/\p{L}/u, (letter) => letter.toUpperCase());
};

/**
 * Reads the place-and-date line of a document (Decree 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.4) and checks its
 * form against the calendar's `formatDateLine`: a capitalised place followed by a comma, a leading 0 for days
 * below 10 and for months 1 and 2 only, a date that exists. Never throws on the text: every problem is an issue;
 * `value` is kept whenever the line could be read and its date exists.
 *
 * @example
 * ```ts
 * parseDateLine("Hà Nội, ngày 15 tháng 9 năm 2020").value; // { place: "Hà Nội", date: "2020-09-15" }
 * parseDateLine("Hà Nội, ngày 15 tháng 09 năm 2020").issues[0]?.params;
 * // { found: "tháng 09", expected: "tháng 9", line: "Hà Nội, ngày 15 tháng 9 năm 2020" }
 * ```
 */
export const parseDateLine = (line: string, options: LanguageOptions = {}): ParseResult<DateLine> => {
  const t = createTranslator(options);
  if (typeof line !== "string") return done(undefined, [createIssue(t, "nd30.date-line.format", [])]);
  const text = line.normalize("NFC").trim();
  // A line of a document, not a page: a longer one is refused before any reading (and any message quoting it).
  if (text.length > textLimits.line) {
    return done(undefined, [createIssue(t, "text.too-long", [], { maximum: textLimits.line, length: text.length })]);
  }
  const issues = textIssues(t, text, []);
  const match = split(text);
  const place = match?.place?.trim() ?? "";
  if (match === undefined || !/\p{L}/u.test(place)) {
    return done(undefined, [...issues, createIssue(t, "nd30.date-line.format", [])]);
  }
  const { day = "", month = "", year = "" } = match;
  const right = capitalised(place);
  if (right !== place)
    issues.push(createIssue(t, "nd30.date-line.place-case", ["place"], { found: place, expected: right }));
  if (match.comma === undefined) {
    issues.push(createIssue(t, "nd30.date-line.comma", ["place"], { expected: `${right}, ngày` }));
  }
  const iso = `${year}-${String(Number(month)).padStart(2, "0")}-${String(Number(day)).padStart(2, "0")}`;
  if (!isIsoDate(iso)) {
    issues.push(
      createIssue(t, "nd30.date-line.impossible", ["date"], {
        day: Number(day),
        month: Number(month),
        year: Number(year),
      }),
    );
    return done(undefined, issues);
  }
  const expected = formatDateLine(right, iso);
  const [, dayRight, monthRight] = /^, ngày (\d+) tháng (\d+) /u.exec(expected.slice(right.length)) ?? [];
  for (const [part, word, written, wanted] of [
    ["day", "ngày", day, dayRight],
    ["month", "tháng", month, monthRight],
  ] as const) {
    if (written !== wanted) {
      issues.push(
        createIssue(t, "nd30.date-line.leading-zero", [part], {
          found: `${word} ${written}`,
          expected: `${word} ${wanted}`,
          line: expected,
        }),
      );
    }
  }
  return done({ place, date: iso }, issues);
};
