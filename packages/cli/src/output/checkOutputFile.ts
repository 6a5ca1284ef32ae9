import { lstat, realpath, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { CliContext } from "../CliContext.ts";
import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import { prepareOutputFolder } from "./prepareOutputFolder.ts";

const identityOf = async (path: string): Promise<readonly string[]> => {
  try {
    const found = await stat(path);
    return [`inode:${found.dev}:${found.ino}`, `path:${await realpath(path)}`];
  } catch {
    return [];
  }
};

/** What identifies the files `inputs`: their devices and inodes, and their real paths. */
export const inputIdentities = async (inputs: readonly string[]): Promise<ReadonlySet<string>> =>
  new Set((await Promise.all(inputs.map(identityOf))).flat());

/**
 * Whether `path` is one of the input files of `identities` ({@link inputIdentities}): the same file by its real path
 * or by its device and inode, so that a symbolic or hard link to an input counts as the input.
 */
export const isInputFile = async (path: string, identities: ReadonlySet<string>): Promise<boolean> =>
  (await identityOf(path)).some((identity) => identities.has(identity));

/** Refuses (exit 2) to write `path` when it is one of `inputs`, with or without `--force`. */
export const refuseInputFile = async (
  context: CliContext,
  path: string,
  display: string,
  inputs: readonly string[],
): Promise<void> => {
  if (await isInputFile(path, await inputIdentities(inputs))) {
    throw new CliError(
      cliErrorCodes.output,
      context.t("output.is-input", { file: display }),
      { file: display },
      context.t("output.is-input.hint"),
    );
  }
};

/**
 * Checks, before any work, that an output file `file` (relative to the command's folder) can be written: its folder
 * exists or can be made and is writable, the path is not a folder, a device, a pipe or a socket, and it is not one of
 * `inputs`. Throws a {@link CliError} (exit 2) otherwise; returns the absolute path. Whether an existing file may be
 * replaced is decided when it is written ({@link writeOutput}).
 */
export const checkOutputFile = async (
  context: CliContext,
  file: string,
  inputs: readonly string[] = [],
): Promise<string> => {
  const path = resolve(context.cwd, file);
  const found = await lstat(path).catch(() => undefined);
  const target = found?.isSymbolicLink() ? await stat(path).catch(() => undefined) : found;
  if (target?.isDirectory()) {
    throw new CliError(
      cliErrorCodes.output,
      context.t("output.is-folder", { file }),
      { file },
      context.t("output.is-folder.hint", { file }),
    );
  }
  if (target !== undefined && !target.isFile()) {
    throw new CliError(
      cliErrorCodes.output,
      context.t("output.not-a-file", { file }),
      { file },
      context.t("output.not-a-file.hint"),
    );
  }
  await refuseInputFile(
    context,
    path,
    file,
    inputs.map((input) => resolve(context.cwd, input)),
  );
  await prepareOutputFolder(context, dirname(path), file);
  return path;
};
