import type { CliLanguage, CliTranslate } from "./createCliTranslator.ts";

/** Where a command writes: a stream with `write`, a terminal or not. */
export interface CliStream {
  write(text: string): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** What every command is run with: the language and its texts, the directory and environment, the output streams. */
export interface CliContext {
  readonly lang: CliLanguage;
  readonly t: CliTranslate;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: CliStream;
  readonly stderr: CliStream;
}
