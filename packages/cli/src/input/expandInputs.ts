import { readdir, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import type { CliTranslate } from "../createCliTranslator.ts";
import { inputFormatOf } from "./inputFormats.ts";

/** An input file: the path read, and the name messages give it (as the user wrote it, or relative to the folder given). */
export interface InputPath {
  readonly path: string;
  readonly display: string;
}

/**
 * The files named on the command line, a folder standing for the files in it that xhht reads (.json, .jsonl,
 * .yaml, .yml, .csv, .tsv; not its subfolders), in name order. Throws a {@link CliError} for a path that does not
 * exist and for a folder with no such file.
 */
export const expandInputs = async (paths: readonly string[], cwd: string, t: CliTranslate): Promise<InputPath[]> => {
  const out: InputPath[] = [];
  for (const given of paths) {
    const path = resolve(cwd, given);
    let isFolder: boolean;
    try {
      isFolder = (await stat(path)).isDirectory();
    } catch (error) {
      throw new CliError(cliErrorCodes.unreadable, t("input.unreadable", { reason: t("input.not-found") }), {
        file: given,
        hint: t("input.unreadable.hint"),
        cause: error,
      });
    }
    if (!isFolder) {
      out.push({ path, display: given });
      continue;
    }
    const names = (await readdir(path, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && inputFormatOf(entry.name) !== undefined)
      .map((entry) => entry.name)
      .sort();
    if (names.length === 0) {
      throw new CliError(cliErrorCodes.unreadable, t("input.empty-folder"), {
        file: given,
        hint: t("input.format.hint"),
      });
    }
    for (const name of names) {
      const file = join(path, name);
      out.push({ path: file, display: relative(cwd, file) || name });
    }
  }
  return out;
};
