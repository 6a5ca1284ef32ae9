import { csvReportColumns as columns } from "@xhht/domain/csv";

/**
 * The columns of a CSV of reports, as `xhht` reads a `.csv` file: `csvReportColumns` of `@xhht/domain/csv`, whose
 * `readReportsCsv` reads such a CSV without the CLI (docs/cli.md, «The CSV of reports»).
 *
 * @example
 * ```ts
 * csvReportColumns.integers.includes("budgetSpent"); // true
 * csvReportColumns.text.includes("commune"); // true
 * ```
 */
export const csvReportColumns: typeof columns = columns;
