import type { CliErrorCode } from "./cliErrorCodes.ts";

/**
 * Where in the input a {@link CliError} was found.
 *
 * @example
 * ```ts
 * const options = { t: createCliTranslator("en"), csv: false };
 * const where: CliErrorLocation | undefined = await readInputFile("missing.json", options).then(
 *   () => undefined,
 *   (error: unknown) => (error instanceof CliError ? error.location : undefined),
 * );
 * where; // { file: "missing.json" }
 * ```
 */
export interface CliErrorLocation {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * A problem with the command line or its input that the user can fix: printed as its message, where it is and how
 * to fix it, never as a stack trace; the command exits with code 2. (It does not extend `XhhtError` of
 * `@xhht/calendar` so that `xhht --help` loads none of the SDK.)
 *
 * @example
 * ```ts
 * const error = new CliError(cliErrorCodes.unreadable, "Không đọc được tệp", { file: "plan.json" }, "Kiểm tra đường dẫn.");
 * error.code; // "cli.unreadable"
 * ```
 */
export class CliError extends Error {
  readonly code: CliErrorCode;
  readonly location: CliErrorLocation;
  /** How to fix it, in the command's language. */
  readonly hint: string | undefined;

  constructor(
    code: CliErrorCode,
    message: string,
    location: CliErrorLocation = {},
    hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "CliError";
    this.code = code;
    this.location = location;
    this.hint = hint;
  }
}
