import { closeSync, openSync, rmSync } from "node:fs";
import { lstat, mkdir, stat } from "node:fs/promises";
import { dirname } from "node:path";
import type { CliContext } from "../CliContext.ts";
import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import { temporaryFileOf, trackTemporaryFile, untrackTemporaryFile } from "./temporaryFiles.ts";

const unusable = (context: CliContext, display: string, reason: string, cause?: unknown): CliError =>
  new CliError(
    cliErrorCodes.output,
    context.t("output.unwritable", { reason }),
    { file: display },
    context.t("output.unwritable.hint"),
    cause === undefined ? undefined : { cause },
  );

const reasonOf = (error: unknown) => {
  const { code, message } = error as NodeJS.ErrnoException;
  return code === undefined
    ? String(message)
    : `${code} (${message.replace(/^\w+: /u, "").replace(/, \w+ '.*'$/u, "")})`;
};

/**
 * Makes sure `folder` is a folder xhht can write into, before any work is done: it exists (or, with `create`, its
 * parent does and it is made, one level only: a mistyped path is not silently created), and a temporary file can be
 * made and removed in it. Throws a {@link CliError} (exit 2) saying why otherwise: a missing folder, a file in the
 * way, a read-only or special place such as /proc.
 */
export const prepareOutputFolder = async (
  context: CliContext,
  folder: string,
  display: string,
  options: { readonly create?: boolean } = {},
): Promise<void> => {
  const { t } = context;
  const kindOf = async (path: string) => {
    try {
      return (await stat(path)).isDirectory() ? "folder" : "other";
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "ENOTDIR") {
        return "missing";
      }
      throw unusable(context, display, reasonOf(error), error);
    }
  };
  const notAFolder = (file: string) =>
    new CliError(
      cliErrorCodes.output,
      t("output.not-a-folder", { file }),
      { file: display },
      t("output.not-a-folder.hint"),
    );
  const missing = (file: string) =>
    new CliError(
      cliErrorCodes.output,
      t("output.no-folder", { folder: file }),
      { file: display },
      t("output.no-folder.hint", { folder: file }),
    );
  const kind = await kindOf(folder);
  if (kind === "other") throw notAFolder(folder);
  if (kind === "missing") {
    const parent = dirname(folder);
    if (options.create !== true) throw missing(folder);
    const parentKind = await kindOf(parent);
    if (parentKind === "other") throw notAFolder(parent);
    if (parentKind === "missing") throw missing(parent);
    if ((await lstat(folder).catch(() => undefined))?.isSymbolicLink()) {
      throw unusable(context, display, t("output.dangling-link", { file: folder }));
    }
    try {
      await mkdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw unusable(context, display, reasonOf(error), error);
    }
  }
  const probe = temporaryFileOf(`${folder}/probe`);
  trackTemporaryFile(probe);
  // Synchronous, as in writeFileAtomic: a signal never finds the probe being made.
  try {
    closeSync(openSync(probe, "wx"));
  } catch (error) {
    throw unusable(context, display, reasonOf(error), error);
  } finally {
    rmSync(probe, { force: true });
    untrackTemporaryFile(probe);
  }
};
