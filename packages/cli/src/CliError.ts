import { XhhtError } from "@xhht/core";
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
 * What a {@link CliError} says beside its code and message: where in the input (`file`, `line`, `column`), how to
 * fix it (`hint`) and the error that caused it (`cause`), all optional.
 *
 * @example
 * ```ts
 * const options: CliErrorOptions = { file: "plan.json", line: 3, hint: "Kiểm tra dấu phẩy ở cuối dòng." };
 * const error = new CliError(cliErrorCodes.syntax, "JSON không hợp lệ", options);
 * error.location; // { file: "plan.json", line: 3 }
 * error.hint; // "Kiểm tra dấu phẩy ở cuối dòng."
 * ```
 */
export interface CliErrorOptions extends CliErrorLocation {
  /** How to fix it, in the command's language. */
  readonly hint?: string | undefined;
  /** The error that caused it (a file system error, a parser's), kept as the error's `cause`. */
  readonly cause?: unknown;
}

const brand = Symbol.for("@xhht/cli.CliError");

const locationOf = (given: CliErrorLocation | undefined): CliErrorLocation => {
  const { file, line, column } = given ?? {};
  return {
    ...(file === undefined ? {} : { file }),
    ...(line === undefined ? {} : { line }),
    ...(column === undefined ? {} : { column }),
  };
};

/**
 * A problem with the command line or its input that the user can fix: printed as its message, where it is and how
 * to fix it, never as a stack trace; the command exits with code 2. It extends the SDK's `XhhtError` of
 * `@xhht/core`, which loads nothing else, so `xhht --help` still loads none of the SDK. Its constructor is
 * `XhhtError`'s, `(code, message, options)`, with where, the hint and the cause in {@link CliErrorOptions}; the
 * older form `(code, message, location, hint, { cause })` still works, but is deprecated.
 *
 * @example
 * ```ts
 * const error = new CliError(cliErrorCodes.unreadable, "Không đọc được tệp", {
 *   file: "plan.json",
 *   hint: "Kiểm tra đường dẫn.",
 * });
 * error.code; // "cli.unreadable"
 * error.location; // { file: "plan.json" }
 * error.hint; // "Kiểm tra đường dẫn."
 * ```
 */
export class CliError extends XhhtError {
  /**
   * Whether `value` is a CliError of any copy of this class: `xhht validate` is bundled apart from the rest of the
   * command (for its start-up), with a copy of its own, and its errors must still be known as CliErrors.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && brand in value;
  }

  declare readonly code: CliErrorCode;
  /** Where in the input: the file, and the line and column when known. */
  readonly location: CliErrorLocation;
  /** How to fix it, in the command's language. */
  readonly hint: string | undefined;

  constructor(code: CliErrorCode, message: string, options?: CliErrorOptions);
  /**
   * @deprecated Pass where, the hint and the cause in one options object, as every other error of the SDK takes
   * them: `new CliError(code, message, { file, line, column, hint, cause })`.
   */
  constructor(
    code: CliErrorCode,
    message: string,
    location: CliErrorLocation | undefined,
    hint: string | undefined,
    options?: { cause?: unknown },
  );
  constructor(
    code: CliErrorCode,
    message: string,
    options?: CliErrorOptions | CliErrorLocation,
    ...positional: [hint?: string | undefined, options?: { cause?: unknown }]
  ) {
    // The deprecated positional form is told by its arguments: a fourth or a fifth one.
    const legacy = positional.length > 0;
    const given: CliErrorOptions = legacy ? { ...locationOf(options), hint: positional[0] } : (options ?? {});
    const causeFrom = legacy ? positional[1] : given;
    super(
      code,
      message,
      typeof causeFrom === "object" && causeFrom !== null && "cause" in causeFrom
        ? { cause: causeFrom.cause }
        : undefined,
    );
    this.location = locationOf(given);
    this.hint = given.hint;
  }

  /** The mark every copy of the class gives its errors, on the prototype so that it is no field of an error. */
  get [brand](): true {
    return true;
  }
}
