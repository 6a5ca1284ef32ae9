import { basename, extname } from "node:path";

/**
 * The file name of a row's document, as `xhht generate --batch` names it: `<csv name>-<n>.docx`, n being the row's
 * record number (1 for the first row under the header), zero-padded to the width of the row count; `<csv name>.docx`
 * when the file has a single row. The two tools therefore write the same names into their folders.
 *
 * @example
 * ```ts
 * documentFileName("data/communes.csv", 2, 25); // "communes-03.docx"
 * ```
 */
export const documentFileName = (csvFile: string, index: number, count: number): string => {
  const stem = basename(csvFile, extname(csvFile));
  if (count <= 1) return `${stem}.docx`;
  return `${stem}-${String(index + 1).padStart(String(count).length, "0")}.docx`;
};
