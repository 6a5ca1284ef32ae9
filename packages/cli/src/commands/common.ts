import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { Directive } from "@xhht/domain";
import type { CliContext } from "../CliContext.ts";
import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import { readInputFile } from "../input/readInputFile.ts";
import { formatIssue, fromIssue } from "../output/ReportedIssue.ts";

/** The output formats of the commands that print data. */
export const outputFormats = ["text", "json"] as const;
export type OutputFormat = (typeof outputFormats)[number];

/** Writes a line to standard output. */
export const say = (context: CliContext, text = "") => context.stdout.write(`${text}\n`);

/** Writes `value` as indented JSON to standard output. */
export const sayJson = (context: CliContext, value: unknown) =>
  context.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

/**
 * Reads and checks the directive given with `--directive`; a file that cannot be read or a directive with errors
 * stops the command (exit 2) with the first error and where it is.
 */
export const loadDirective = async (context: CliContext, file: string | undefined): Promise<Directive | undefined> => {
  if (file === undefined) return undefined;
  const { t, lang } = context;
  const input = await readInputFile(resolve(context.cwd, file), { t, csv: false, display: file });
  const [record] = input.records;
  if (record === undefined || input.records.length !== 1 || input.failures.length > 0) {
    throw new CliError(cliErrorCodes.format, t("directive.one"), { file }, t("directive.one.hint"));
  }
  const { validateDirective } = await import("@xhht/domain");
  const result = validateDirective(record.value, { lang });
  if (!result.ok) {
    const first = result.issues.find((issue) => issue.severity === "error");
    const reported = first && fromIssue(first, record, t);
    throw new CliError(
      cliErrorCodes.format,
      t("directive.invalid", { issue: reported ? formatIssue(reported, t) : "" }),
      { file, ...(reported?.line === undefined ? {} : { line: reported.line }) },
      t("directive.invalid.hint"),
    );
  }
  return result.value;
};

/** Writes an output file, making its folder; refuses to write over one of the command's input files. */
export const writeOutput = async (
  context: CliContext,
  file: string,
  bytes: Uint8Array | string,
  inputs: readonly string[] = [],
): Promise<string> => {
  const path = resolve(context.cwd, file);
  if (inputs.some((input) => resolve(context.cwd, input) === path)) {
    throw new CliError(
      cliErrorCodes.usage,
      context.t("output.is-input", { file }),
      { file },
      context.t("output.is-input.hint"),
    );
  }
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, bytes);
  } catch (error) {
    throw new CliError(
      cliErrorCodes.unreadable,
      context.t("output.unwritable", { reason: (error as Error).message }),
      { file },
      context.t("output.unwritable.hint"),
      { cause: error },
    );
  }
  return path;
};

/** A year given on the command line, as a whole number in the range the calendar knows. */
export const parseYear = (context: CliContext, text: string, option = "year"): number => {
  if (!/^\d{4}$/u.test(text.trim())) {
    throw new CliError(
      cliErrorCodes.usage,
      context.t("usage.year", { value: text, option }),
      {},
      context.t("usage.year.hint"),
    );
  }
  return Number(text.trim());
};

/** Runs `action`, turning an SDK error about an argument (a year or date it does not know) into a usage error. */
export const sdkArgument = async <T>(context: CliContext, action: () => T | Promise<T>): Promise<T> => {
  try {
    return await action();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string" && /^(?:calendar|domain|templates)\./u.test(code)) {
      throw new CliError(cliErrorCodes.usage, (error as Error).message, {}, context.t("usage.sdk.hint"), {
        cause: error,
      });
    }
    throw error;
  }
};
