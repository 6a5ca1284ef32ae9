import { lstat, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { CliContext } from "../CliContext.ts";
import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import { refuseInputFile } from "./isInputFile.ts";
import { prepareOutputFolder } from "./prepareOutputFolder.ts";

/**
 * Checks, before any work, that an output file `file` (relative to the command's folder) can be written: its folder
 * exists and is writable, the path is not a folder, a device, a pipe or a socket, and it is not one of
 * `inputs`. Throws a {@link CliError} (exit 2) otherwise; returns the absolute path. Whether an existing file may be
 * replaced is decided when it is written ({@link writeOutput}). The hints name `output.option`, the option that named
 * the file as the user wrote it (`-o` by default, `--ics`), and a file of `output.extension` (`.docx` by default).
 */
export const checkOutputFile = async (
  context: CliContext,
  file: string,
  inputs: readonly string[] = [],
  output: { readonly option?: string; readonly extension?: string } = {},
): Promise<string> => {
  const { option = "-o", extension = ".docx" } = output;
  const path = resolve(context.cwd, file);
  const found = await lstat(path).catch(() => undefined);
  const target = found?.isSymbolicLink() ? await stat(path).catch(() => undefined) : found;
  if (target?.isDirectory()) {
    throw new CliError(cliErrorCodes.output, context.t("output.is-folder", { file }), {
      file,
      hint: context.t("output.is-folder.hint", { file, option, extension }),
    });
  }
  if (target !== undefined && !target.isFile()) {
    throw new CliError(cliErrorCodes.output, context.t("output.not-a-file", { file }), {
      file,
      hint: context.t("output.not-a-file.hint", { option }),
    });
  }
  await refuseInputFile(
    context,
    path,
    file,
    inputs.map((input) => resolve(context.cwd, input)),
    option,
  );
  await prepareOutputFolder(context, dirname(path), file, { typed: dirname(file), option });
  return path;
};
