import { realpath, stat } from "node:fs/promises";
import type { CliContext } from "../CliContext.ts";
import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";

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

/**
 * Refuses (exit 2) to write `path` when it is one of `inputs`, with or without `--force`; the hint names `option`,
 * the option that named the output as the user wrote it.
 */
export const refuseInputFile = async (
  context: CliContext,
  path: string,
  display: string,
  inputs: readonly string[],
  option = "-o",
): Promise<void> => {
  if (await isInputFile(path, await inputIdentities(inputs))) {
    throw new CliError(cliErrorCodes.output, context.t("output.is-input", { file: display }), {
      file: display,
      hint: context.t("output.is-input.hint", { option }),
    });
  }
};
