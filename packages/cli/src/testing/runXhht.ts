import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The built binary the tests run. */
export const xhhtBin = fileURLToPath(new URL("../../dist/bin.js", import.meta.url));

/** What a run of `xhht` gave. */
export interface XhhtRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the built `xhht` with `args` in a child process, as a user would, with pipes (not a terminal) for its
 * output; the environment variables a package manager or a user may have set are cleared.
 */
export const runXhht = (
  args: readonly string[],
  options: { readonly cwd: string; readonly env?: Readonly<Record<string, string>> },
): Promise<XhhtRun> =>
  new Promise((resolve) => {
    const { INIT_CWD: _init, XHHT_LANG: _lang, XHHT_DEBUG: _debug, ...env } = process.env;
    execFile(
      process.execPath,
      [xhhtBin, ...args],
      { cwd: options.cwd, env: { ...env, ...options.env }, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const status = error === null ? 0 : typeof error.code === "number" ? error.code : -1;
        resolve({ status, stdout, stderr });
      },
    );
  });

/** A fresh temporary folder for one test. */
export const tempFolder = (): string => mkdtempSync(join(tmpdir(), "xhht-cli-"));
