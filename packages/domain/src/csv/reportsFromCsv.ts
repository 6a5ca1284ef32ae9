import { csvReportColumns } from "./csvReportColumns.ts";
import { signatureAuthorityOf } from "./signatureAuthorityOf.ts";

type Column =
  | { readonly kind: "text" | "integer" | "list"; readonly name: string; readonly path: readonly string[] }
  | { readonly kind: "measure"; readonly name: string; readonly code: string; readonly measure: string }
  | { readonly kind: "notes"; readonly name: string; readonly code: string };

/** How a CSV header reads: each column's meaning, and the names it does not know. */
export interface CsvReportHeader {
  readonly columns: readonly Column[];
  readonly unknown: readonly { readonly name: string; readonly column: number }[];
}

const known = new Map<string, Column["kind"]>([
  ...csvReportColumns.text.map((name): [string, Column["kind"]] => [name, "text"]),
  ...csvReportColumns.integers.map((name): [string, Column["kind"]] => [name, "integer"]),
  ...csvReportColumns.lists.map((name): [string, Column["kind"]] => [name, "list"]),
]);

/** Reads a CSV header row into the meaning of each column. */
export const readCsvReportHeader = (header: readonly string[]): CsvReportHeader => {
  const columns: Column[] = [];
  const unknown: { name: string; column: number }[] = [];
  header.forEach((raw, index) => {
    const name = raw.normalize("NFC").trim();
    const kind = known.get(name);
    const at = name.lastIndexOf(csvReportColumns.separator);
    if (kind === "text" || kind === "integer" || kind === "list") {
      columns.push({ kind, name, path: name.split(".") });
    } else if (at > 0 && at < name.length - 1) {
      const code = name.slice(0, at);
      const measure = name.slice(at + 1);
      columns.push(measure === "notes" ? { kind: "notes", name, code } : { kind: "measure", name, code, measure });
    } else {
      unknown.push({ name: raw, column: index + 1 });
      columns.push({ kind: "text", name, path: [] });
    }
  });
  return { columns, unknown };
};

const grouped = /^\d{1,3}(?:[.,\u00a0 ]\d{3})+$/u;

/** A whole number from a cell, thousands grouped or not; the cell itself when it is not one (the validator names it). */
const integerOf = (cell: string): number | string => {
  const trimmed = cell.trim();
  if (/^[+-]?\d+$/u.test(trimmed)) return Number(trimmed);
  if (grouped.test(trimmed)) return Number(trimmed.replace(/\D/gu, ""));
  return trimmed;
};

const listOf = (cell: string): string[] =>
  cell
    .split(/\r?\n|\|/u)
    .map((item) => item.trim())
    .filter((item) => item !== "");

const setIn = (target: Record<string, unknown>, path: readonly string[], value: unknown) => {
  let node = target;
  path.forEach((key, index) => {
    if (index === path.length - 1) {
      node[key] = value;
    } else {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
  });
};

/** One report from one CSV row, and the CSV column of each path of it (`activities.2.measures.books`). */
export const reportFromCsvRow = (
  header: CsvReportHeader,
  row: readonly string[],
): { readonly value: Record<string, unknown>; readonly columnOf: (path: readonly (string | number)[]) => number } => {
  const value: Record<string, unknown> = {};
  const activities = new Map<string, { code: string; measures: Record<string, unknown>; notes?: string }>();
  const activityColumns = new Map<string, number[]>();
  header.columns.forEach((column, index) => {
    if (column.kind === "measure" || column.kind === "notes") {
      activityColumns.set(column.code, [...(activityColumns.get(column.code) ?? []), index]);
    }
    const cell = (row[index] ?? "").normalize("NFC");
    if (cell.trim() === "" || (column.kind !== "measure" && column.kind !== "notes" && column.path.length === 0))
      return;
    switch (column.kind) {
      case "text":
        setIn(value, column.path, column.name === "signature.authority" ? signatureAuthorityOf(cell) : cell.trim());
        break;
      case "integer":
        setIn(value, column.path, integerOf(cell));
        break;
      case "list":
        setIn(value, column.path, listOf(cell));
        break;
      default: {
        const activity = activities.get(column.code) ?? { code: column.code, measures: {} };
        activities.set(column.code, activity);
        if (column.kind === "notes") activity.notes = cell.trim();
        else activity.measures[column.measure] = integerOf(cell);
      }
    }
  });
  const list = [...activities.values()];
  value.activities = list;
  const byName = new Map(header.columns.map((column, index) => [column.name, index]));
  const columnOf = (path: readonly (string | number)[]): number => {
    if (path[0] === "activities" && typeof path[1] === "number") {
      const activity = list[path[1]];
      if (activity === undefined) return -1;
      const own = activityColumns.get(activity.code) ?? [];
      const wanted =
        path[2] === "measures" && path[3] !== undefined
          ? `${activity.code}${csvReportColumns.separator}${path[3]}`
          : path[2] === "notes"
            ? `${activity.code}${csvReportColumns.separator}notes`
            : undefined;
      return (wanted === undefined ? undefined : byName.get(wanted)) ?? own[0] ?? -1;
    }
    for (let length = path.length; length > 0; length--) {
      const index = byName.get(path.slice(0, length).join("."));
      if (index !== undefined) return index;
    }
    const prefix = `${String(path[0])}.`;
    return header.columns.findIndex((column) => column.name.startsWith(prefix));
  };
  return { value, columnOf };
};
