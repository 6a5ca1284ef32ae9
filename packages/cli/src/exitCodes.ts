/**
 * The exit codes of `xhht`, the contract a script relies on.
 *
 * @example
 * ```ts
 * import { exitCodes } from "@xhht/cli";
 *
 * if (status === exitCodes.issues) console.log("fix the data and run again");
 * ```
 */
export const exitCodes = {
  /** Everything was read and nothing of severity `error` was found. */
  ok: 0,
  /** Issues of severity `error` were found (or a record of a batch could not be produced). */
  issues: 1,
  /** Bad usage (unknown command, option or argument) or input that cannot be read. */
  usage: 2,
  /** A bug in xhht itself: should never happen; please report it. */
  internal: 70,
} as const;

/**
 * One of {@link exitCodes}.
 *
 * @example
 * ```ts
 * const code: ExitCode = exitCodes.usage; // 2
 * ```
 */
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
