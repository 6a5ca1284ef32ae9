import type { Language } from "@xhht/core";
import type { CliTranslate } from "./createCliTranslator.ts";

/**
 * Where a command writes: a stream with `write`, a terminal or not.
 *
 * @example
 * ```ts
 * let text = "";
 * const stdout: CliStream = { write: (chunk: string) => (text += chunk) };
 * await runCli(["validate", "report", "reports.csv", "--lang", "en"], { stdout });
 * text; // "✔ provincial-report: 2 records in 1 files, no errors…"
 * ```
 */
export interface CliStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/**
 * What every command is run with: the language and its texts, the directory and environment, the output streams.
 *
 * @example
 * ```ts
 * const context: CliContext = {
 *   lang: "en",
 *   t: createCliTranslator("en"),
 *   cwd: process.cwd(),
 *   env: process.env,
 *   stdout: process.stdout,
 *   stderr: process.stderr,
 * };
 * context.t("lint.fix.out-without-fix"); // "-o and --force are options of --fix"
 * ```
 */
export interface CliContext {
  readonly lang: Language;
  readonly t: CliTranslate;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: CliStream;
  readonly stderr: CliStream;
}
