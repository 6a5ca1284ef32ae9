/**
 * The base of every error the SDK throws. Errors are for programming mistakes only (an impossible
 * argument); user data is validated into issues instead. `code` is stable and documented.
 *
 * @example
 * ```ts
 * try {
 *   parseIsoDate("2021-02-29");
 * } catch (error) {
 *   if (error instanceof XhhtError) console.log(error.code); // "calendar.invalid-date"
 * }
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
