import type { CliStream } from "../CliContext.ts";
import { runCli } from "../runCli.ts";
import type { XhhtRun } from "./runXhht.ts";

/** A stream that keeps what is written to it, not a terminal. */
const capture = (): CliStream & { readonly text: () => string } => {
  const chunks: string[] = [];
  return { write: (chunk: string) => chunks.push(String(chunk)), text: () => chunks.join("") };
};

/**
 * Runs `xhht` with `args` in this process through {@link runCli}, as {@link runXhht} runs the built binary: its
 * output captured as text (not a terminal), the environment variables a package manager or a user may have set
 * cleared. What needs a real process (the bin's start-up, signals, the built batch worker) is left to runXhht.
 */
export const runInProcess = async (
  args: readonly string[],
  options: { readonly cwd: string; readonly env?: Readonly<Record<string, string>> },
): Promise<XhhtRun> => {
  const { INIT_CWD: _init, XHHT_LANG: _lang, XHHT_DEBUG: _debug, ...env } = process.env;
  const stdout = capture();
  const stderr = capture();
  const status = await runCli(args, { cwd: options.cwd, env: { ...env, ...options.env }, stdout, stderr });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
};
