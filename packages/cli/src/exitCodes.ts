/**
 * The exit codes of `xhht`, the contract a script relies on.
 *
 * @example
 * ```ts
 * import { exitCodes } from "@xhht/cli";
 *
 * const status = await runCli(["validate", "reports.csv"]);
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
  /** Stopped by SIGINT (Ctrl-C): 128 + 2. What was finished is written whole, nothing half-written is left. */
  interrupted: 130,
  /** Stopped by SIGTERM: 128 + 15, as for {@link exitCodes.interrupted}. */
  terminated: 143,
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
