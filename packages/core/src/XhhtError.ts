/**
 * The base of every error the SDK throws, in every package (`CalendarError`, `DomainError`, `TemplateError` and the
 * command's `CliError` extend it). Errors are for programming mistakes only (an impossible argument); user data is
 * validated into issues instead. `code` is stable and documented; `cause` is forwarded as `Error`'s own.
 *
 * @example
 * ```ts
 * const error = new XhhtError("app.missing-file", "reports.csv does not exist", { cause: new Error("ENOENT") });
 * error.code; // "app.missing-file"
 * error.name; // "XhhtError"
 * error instanceof Error; // true
 * ```
 *
 * @example
 * ```ts
 * // A subclass names itself, and is still an XhhtError.
 * class ImportError extends XhhtError {}
 * const error = new ImportError("import.empty", "the file holds no record");
 * error.name; // "ImportError"
 * error instanceof XhhtError; // true
 * ```
 *
 * @example
 * ```ts
 * // One class for the whole SDK: what any of its packages throws is this XhhtError.
 * const thrown = (run: () => unknown): unknown => {
 *   try {
 *     return run();
 *   } catch (error) {
 *     return error;
 *   }
 * };
 * thrown(() => parseIsoDate("2021-02-29")) instanceof XhhtError; // true
 * thrown(() => moneyInWords(-1)) instanceof XhhtError; // true
 * ```
 */
export class XhhtError extends Error {
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}
