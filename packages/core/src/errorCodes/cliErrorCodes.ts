/**
 * The codes of the errors `@xhht/cli` reports for input it cannot use, each as its `CliError`'s `code`; each ends the
 * command with exit code 2. Kept in `@xhht/core`, which the `xhht` command may load before it parses its arguments;
 * `@xhht/cli` exports the same table under the same name.
 *
 * @example
 * ```ts
 * cliErrorCodes.unreadable; // "cli.unreadable"
 * ```
 */
export const cliErrorCodes = {
  /** A command, option or argument the command does not take. */
  usage: "cli.usage",
  /** A file or folder that does not exist or cannot be read. */
  unreadable: "cli.unreadable",
  /** A file that is not well-formed JSON, YAML or CSV. */
  syntax: "cli.syntax",
  /** A file whose format the command does not read. */
  format: "cli.format",
  /** A file that is not UTF-8 text. */
  encoding: "cli.encoding",
  /** An output path that cannot be written: a folder that cannot be made, a read-only or special place, an input. */
  output: "cli.output",
  /** An output file that exists with other content, and `--force` was not given. */
  exists: "cli.exists",
} as const;

/**
 * One of {@link cliErrorCodes}.
 *
 * @example
 * ```ts
 * const code: CliErrorCode = "cli.syntax";
 * ```
 */
export type CliErrorCode = (typeof cliErrorCodes)[keyof typeof cliErrorCodes];
