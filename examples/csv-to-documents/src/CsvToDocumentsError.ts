/** A mistake in how the script was called or in its file (a missing year, an unusable --meta, a header no report has): printed without a stack trace. */
export class CsvToDocumentsError extends Error {
  override readonly name = "CsvToDocumentsError";
}
