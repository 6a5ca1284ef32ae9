import { isIsoDate } from "@xhht/calendar";
import {
  createIssue,
  createTranslator,
  type Issue,
  measures,
  type NationalSummary,
  type NationalSummaryMeta,
} from "@xhht/domain";
import type { RenderLanguageOptions } from "./RenderLanguageOptions.ts";
import { assertSafeText } from "./safeText.ts";
import { TemplateError } from "./TemplateError.ts";
import { templateErrorCodes } from "./templateErrorCodes.ts";

type Path = (string | number)[];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/**
 * Checks a {@link NationalSummary} the way `summarizeReports` builds it, since it has no schema of its own: lists where
 * lists belong, names as text, dates as `YYYY-MM-DD`, every count and amount a whole, non-negative number within
 * `Number.MAX_SAFE_INTEGER` (a total beyond it can be neither added exactly nor written in words), and the year of
 * `meta`. A character XML cannot carry is refused first, naming the field; every other problem is gathered into one
 * {@link TemplateError} `templates.invalid-input` carrying the issues.
 */
export const checkNationalSummary = (
  summary: unknown,
  meta: NationalSummaryMeta,
  options: RenderLanguageOptions,
): NationalSummary => {
  assertSafeText(summary, ["summary"]);
  const t = createTranslator(options);
  const issues: Issue[] = [];
  const typeIssue = (path: Path, expected: string) =>
    issues.push(createIssue(t, "schema.invalid-type", path, { expected }));
  const count = (value: unknown, path: Path) => {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0) typeIssue(path, "int");
    else if (value > Number.MAX_SAFE_INTEGER) {
      issues.push(createIssue(t, "schema.too-big", path, { maximum: Number.MAX_SAFE_INTEGER }));
    }
  };
  const text = (value: unknown, path: Path) => {
    if (typeof value !== "string") typeIssue(path, "string");
  };
  const list = (value: unknown, path: Path, each: (item: Record<string, unknown>, path: Path) => void) => {
    if (!Array.isArray(value)) return typeIssue(path, "array");
    value.forEach((item: unknown, index) => {
      if (isRecord(item)) each(item, [...path, index]);
      else typeIssue([...path, index], "object");
    });
  };
  const counts = (value: unknown, path: Path, keys: readonly string[]) => {
    if (!isRecord(value)) return typeIssue(path, "object");
    for (const key of keys) count(value[key] ?? 0, [...path, key]);
  };

  if (!isRecord(summary)) {
    typeIssue(["summary"], "object");
  } else {
    count(summary.expected, ["summary", "expected"]);
    counts(
      summary.totals,
      ["summary", "totals"],
      [...measures, "examples", "collectives", "individuals", "budgetSpent"],
    );
    list(summary.rows, ["summary", "rows"], (row, path) => {
      text(row.province, [...path, "province"]);
      text(row.name, [...path, "name"]);
      if (!isIsoDate(row.submittedOn)) issues.push(createIssue(t, "date.format", [...path, "submittedOn"]));
      count(row.daysLate, [...path, "daysLate"]);
      counts(row.measures, [...path, "measures"], measures);
      count(row.examples, [...path, "examples"]);
      counts(row.commendations, [...path, "commendations"], ["collectives", "individuals"]);
      count(row.budgetSpent, [...path, "budgetSpent"]);
    });
    list(summary.missing, ["summary", "missing"], (entry, path) => {
      text(entry.province, [...path, "province"]);
      text(entry.name, [...path, "name"]);
    });
    list(summary.late, ["summary", "late"], (entry, path) => {
      text(entry.province, [...path, "province"]);
      count(entry.daysLate, [...path, "daysLate"]);
    });
    if (issues.length === 0 && summary.year !== meta.year) {
      issues.push(
        createIssue(t, "summary.year-mismatch", ["summary", "year"], { found: summary.year, year: meta.year }),
      );
    }
  }
  if (issues.length > 0) {
    const list = issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new TemplateError(
      templateErrorCodes.invalidInput,
      `The national summary is not valid: pass what summarizeReports returns: ${list}`,
      { issues },
    );
  }
  return summary as unknown as NationalSummary;
};
