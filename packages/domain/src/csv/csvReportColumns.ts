/**
 * The columns of a CSV of reports, one report per row (the header row names the columns, in any order); a
 * commune's report has a `commune` column (its five-digit code) besides `province`, a district's a `district`:
 *
 * - the report's fields, with a dot for a nested field: `year`, `province`, `issuer`, `symbol`, `place`, `date`,
 *   `subject`, `submittedAt`, `signature.title`, `signature.name`, `commendations.collectives`, `contact.address`, …;
 * - `signature.authority`: the chain of authority lines as printed, `|` between them («TM. ỦY BAN NHÂN DÂN | KT. CHỦ
 *   TỊCH»), or a bare kind («KT») with `signature.actingFor`;
 * - lists (`recipients`, `copies`, `difficulties`, `proposals`): one cell, items separated by `|` or by line breaks in the cell;
 * - each activity's measures as `<activity code>:<measure>`, e.g. `opening-ceremony:participants`; an empty cell is
 *   a measure not counted, and an activity with every cell empty is not in the report;
 * - an activity's notes as `<activity code>:notes`.
 *
 * Whole numbers may group thousands with `.`, `,` or a space (`96.000`).
 *
 * @example
 * ```ts
 * import { csvReportColumns } from "@xhht/domain/csv";
 * csvReportColumns.integers.includes("budgetSpent"); // true
 * ```
 */
export const csvReportColumns = {
  text: [
    "province",
    "commune",
    "district",
    "parentBody",
    "issuer",
    "issuerName",
    "symbol",
    "place",
    "date",
    "subject",
    "submittedAt",
    "signature.authority",
    "signature.actingFor",
    "signature.title",
    "signature.name",
    "contact.address",
    "contact.email",
    "contact.website",
    "contact.phone",
    "contact.fax",
  ],
  integers: [
    "schemaVersion",
    "year",
    "number",
    "examples",
    "budgetSpent",
    "commendations.collectives",
    "commendations.individuals",
  ],
  lists: ["recipients", "copies", "difficulties", "proposals"],
  /** Between an activity's code and its measure (or `notes`) in a column's name. */
  separator: ":",
} as const;
