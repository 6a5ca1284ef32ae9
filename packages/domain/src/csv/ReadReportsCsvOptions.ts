import type { Language } from "@xhht/core";

/**
 * How {@link readReportsCsv} reads a CSV text: its delimiter, when it should not be guessed from the header row
 * (the one of `,`, `;` and tab that line holds most of), and the language of the failures' messages.
 *
 * @example
 * ```ts
 * import { type ReadReportsCsvOptions, readReportsCsv } from "@xhht/domain/csv";
 * const options: ReadReportsCsvOptions = { delimiter: "\t", lang: "en" };
 * readReportsCsv("year\tprovince\n2025\t01\n", options).records[0]?.value; // { year: 2025, province: "01", activities: [] }
 * ```
 */
export interface ReadReportsCsvOptions {
  /** The delimiter of the cells; guessed from the header row when left out. */
  readonly delimiter?: "," | ";" | "\t";
  /** The language of the messages: `"vi"` (default) or `"en"`. */
  readonly lang?: Language;
}
