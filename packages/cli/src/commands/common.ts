import { lstat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { type Directive, fieldLabel, type ValidationResult, validateDirective } from "@xhht/domain";
import type { CliContext } from "../CliContext.ts";
import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import { readInputFile } from "../input/readInputFile.ts";
import type { CliMessageKey } from "../locales/vi.ts";
import { refuseInputFile } from "../output/isInputFile.ts";
import { prepareOutputFolder } from "../output/prepareOutputFolder.ts";
import { formatIssue, fromIssue } from "../output/ReportedIssue.ts";
import { holdsBytes, writeFileAtomic } from "../output/writeFileAtomic.ts";

/** The output formats of the commands that print data. */
export const outputFormats = ["text", "json"] as const;
export type OutputFormat = (typeof outputFormats)[number];

/** Writes a line to standard output. */
export const say = (context: CliContext, text = "") => context.stdout.write(`${text}\n`);

/** Writes `value` as indented JSON to standard output. */
export const sayJson = (context: CliContext, value: unknown) =>
  context.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

/** The messages of a file given with an option that must hold one valid record (see {@link loadOneRecord}). */
export interface OneRecordMessages {
  /** The file holds no record, several, or one that cannot be read. */
  readonly one: CliMessageKey;
  readonly oneHint: CliMessageKey;
  /** The record has an error: `{{issue}}` is the first. */
  readonly invalid: CliMessageKey;
  readonly invalidHint: CliMessageKey;
}

/**
 * Reads and checks the one record of a file given with an option (`--directive`, `--meta`): a file that cannot be
 * read, that does not hold exactly one record, or whose record has an error stops the command (exit 2) with the
 * first error and where it is.
 */
export const loadOneRecord = async <T>(
  context: CliContext,
  file: string,
  validate: (value: unknown) => ValidationResult<T>,
  messages: OneRecordMessages,
): Promise<T> => {
  const { t } = context;
  const input = await readInputFile(resolve(context.cwd, file), { t, csv: false, display: file });
  const [record] = input.records;
  if (record === undefined || input.records.length !== 1 || input.failures.length > 0) {
    throw new CliError(cliErrorCodes.format, t(messages.one), { file, hint: t(messages.oneHint) });
  }
  const result = validate(record.value);
  if (!result.ok) {
    const first = result.issues.find((issue) => issue.severity === "error");
    const reported = first && fromIssue(first, record, t, fieldLabel(first.path, { lang: context.lang }));
    throw new CliError(cliErrorCodes.format, t(messages.invalid, { issue: reported ? formatIssue(reported, t) : "" }), {
      file,
      ...(reported?.line === undefined ? {} : { line: reported.line }),
      hint: t(messages.invalidHint),
    });
  }
  return result.value;
};

/** Reads and checks the directive given with `--directive` (see {@link loadOneRecord}). */
export const loadDirective = async (context: CliContext, file: string | undefined): Promise<Directive | undefined> => {
  if (file === undefined) return undefined;
  return loadOneRecord(context, file, (value) => validateDirective(value, { lang: context.lang }), {
    one: "directive.one",
    oneHint: "directive.one.hint",
    invalid: "directive.invalid",
    invalidHint: "directive.invalid.hint",
  });
};

/** How {@link writeOutput} and {@link writeOutputs} write. */
export interface OutputWriteOptions {
  /** Replace a file that exists with other content (never an input). */
  readonly force?: boolean | undefined;
  /** The option that named the output, as the user wrote it (`-o`, `--out`, `--ics`), for the hints; `-o` by default. */
  readonly option?: string | undefined;
}

/** What {@link writeOutput} did: wrote the file, or left it as is because it already held the same bytes. */
export interface WrittenOutput {
  readonly path: string;
  readonly status: "written" | "unchanged";
}

/**
 * Writes an output file atomically (see {@link writeFileAtomic}), making its folder. Never writes over one of the
 * command's `inputs` (a link to one included); an existing file with other content is replaced only with `force`.
 * Throws a {@link CliError} (exit 2) otherwise, its hint naming `option`, the option that named the file as the user
 * wrote it (`-o` by default).
 */
export const writeOutput = async (
  context: CliContext,
  file: string,
  bytes: Uint8Array | string,
  options: OutputWriteOptions & { readonly inputs?: readonly string[] } = {},
): Promise<WrittenOutput> => {
  const { t } = context;
  const { option = "-o" } = options;
  const path = resolve(context.cwd, file);
  await refuseInputFile(
    context,
    path,
    file,
    (options.inputs ?? []).map((input) => resolve(context.cwd, input)),
    option,
  );
  await prepareOutputFolder(context, dirname(path), file, { typed: dirname(file), option });
  let status: Awaited<ReturnType<typeof writeFileAtomic>>;
  try {
    status = await writeFileAtomic(path, typeof bytes === "string" ? Buffer.from(bytes) : bytes, {
      force: options.force === true,
    });
  } catch (error) {
    throw new CliError(cliErrorCodes.output, t("output.unwritable", { reason: (error as Error).message }), {
      file,
      hint: t("output.unwritable.hint"),
      cause: error,
    });
  }
  if (status === "exists") {
    throw new CliError(cliErrorCodes.exists, t("output.exists", { file }), {
      file,
      hint: t("output.exists.hint", { option }),
    });
  }
  if (status === "not-a-file") {
    throw new CliError(cliErrorCodes.output, t("output.not-a-file", { file }), {
      file,
      hint: t("output.not-a-file.hint", { option }),
    });
  }
  return { path, status };
};

/**
 * Writes several output files all or none: when one exists with other content and `force` is not given, none is
 * written and the command stops (exit 2) naming them all; otherwise each is written as by {@link writeOutput}.
 */
export const writeOutputs = async (
  context: CliContext,
  files: readonly { readonly file: string; readonly bytes: Uint8Array | string }[],
  options: OutputWriteOptions = {},
): Promise<WrittenOutput[]> => {
  const { t } = context;
  const { option = "-o" } = options;
  const encoded = files.map(({ file, bytes }) => ({
    file,
    bytes: typeof bytes === "string" ? Buffer.from(bytes) : bytes,
  }));
  // Each folder once, as the user wrote it: the folder of its files as given.
  const folders = new Map(encoded.map(({ file }) => [dirname(resolve(context.cwd, file)), dirname(file)] as const));
  for (const [folder, typed] of folders) await prepareOutputFolder(context, folder, typed, { option });
  const taken: string[] = [];
  for (const { file, bytes } of encoded) {
    const path = resolve(context.cwd, file);
    const found = await lstat(path).catch(() => undefined);
    if (found === undefined || (await holdsBytes(path, bytes))) continue;
    if (!found.isFile() && !found.isSymbolicLink()) {
      throw new CliError(cliErrorCodes.output, t("output.not-a-file", { file }), {
        file,
        hint: t("output.not-a-file.hint", { option }),
      });
    }
    if (options.force !== true) taken.push(file);
  }
  if (taken.length > 0) {
    throw new CliError(cliErrorCodes.exists, t("output.exists-list", { count: taken.length, list: taken.join(", ") }), {
      hint: t("output.exists-list.hint", { option }),
    });
  }
  const written: WrittenOutput[] = [];
  for (const { file, bytes } of encoded) written.push(await writeOutput(context, file, bytes, options));
  return written;
};

/** A year given on the command line, as a whole number in the range the calendar knows. */
export const parseYear = (context: CliContext, text: string, option = "year"): number => {
  if (!/^\d{4}$/u.test(text.trim())) {
    throw new CliError(cliErrorCodes.usage, context.t("usage.year", { value: text, option }), {
      hint: context.t("usage.year.hint"),
    });
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
      throw new CliError(cliErrorCodes.usage, (error as Error).message, {
        hint: context.t("usage.sdk.hint"),
        cause: error,
      });
    }
    throw error;
  }
};
