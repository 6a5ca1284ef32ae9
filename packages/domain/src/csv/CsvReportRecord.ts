/**
 * One row of a CSV of reports read into a report: the line it starts on, the report as its cells give it (not yet
 * validated: pass it to `validateReport` of `@xhht/domain`), and the CSV column of each path of it, from 1.
 *
 * @example
 * ```ts
 * import { type CsvReportRecord, readReportsCsv } from "@xhht/domain/csv";
 * const record: CsvReportRecord | undefined = readReportsCsv("year,opening-ceremony:participants\n2025,1.500\n")
 *   .records[0];
 * record?.line; // 2
 * record?.value; // { year: 2025, activities: [{ code: "opening-ceremony", measures: { participants: 1500 } }] }
 * record?.columnOf(["activities", 0, "measures", "participants"]); // 2
 * record?.columnOf(["subject"]); // undefined
 * ```
 */
export interface CsvReportRecord {
  readonly line: number;
  /** The report input, not yet validated. */
  readonly value: Record<string, unknown>;
  /** The column (from 1) a path of the value (`["activities", 2, "measures", "books"]`) comes from, if any. */
  readonly columnOf: (path: readonly (string | number)[]) => number | undefined;
}
