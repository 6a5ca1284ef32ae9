import { closeSync, openSync, rmSync } from "node:fs";
import { lstat, mkdir, stat } from "node:fs/promises";
import { dirname } from "node:path";
import type { CliContext } from "../CliContext.ts";
import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import { temporaryFileOf, trackTemporaryFile, untrackTemporaryFile } from "./temporaryFiles.ts";

const reasonOf = (error: unknown) => {
  const { code, message } = error as NodeJS.ErrnoException;
  return code === undefined
    ? String(message)
    : `${code} (${message.replace(/^\w+: /u, "").replace(/, \w+ '.*'$/u, "")})`;
};

/** The output folder being prepared, and the errors that say why it cannot be used. */
class OutputFolder {
  constructor(
    private readonly context: CliContext,
    readonly folder: string,
    /** Where the errors are placed: the folder, or the output file in it, as the user wrote it. */
    private readonly display: string,
    /** The folder as the user wrote it, for messages. */
    private readonly typed: string,
    /** The option that names the output, as the user wrote it (`-o`, `--out`, `--ics`), for hints. */
    private readonly option: string,
  ) {}

  /** `path` (the folder or its parent) as the user wrote it: never an absolute path the user did not type. */
  private shown(path: string): string {
    return path === this.folder ? this.typed : dirname(this.typed);
  }

  /** Why the folder cannot be used (exit 2), placed at the folder as the user wrote it. */
  private refusal(message: string, hint: string, cause?: unknown): CliError {
    return new CliError(cliErrorCodes.output, message, {
      file: this.display,
      hint,
      ...(cause === undefined ? undefined : { cause }),
    });
  }

  unusable(reason: string, cause?: unknown): CliError {
    const { t } = this.context;
    return this.refusal(t("output.unwritable", { reason }), t("output.unwritable.hint"), cause);
  }

  notAFolder(file: string): CliError {
    const { t } = this.context;
    const { option } = this;
    return this.refusal(
      t("output.not-a-folder", { file: this.shown(file) }),
      t("output.not-a-folder.hint", { option }),
    );
  }

  missing(path: string): CliError {
    const { t } = this.context;
    const folder = this.shown(path);
    return this.refusal(t("output.no-folder", { folder }), t("output.no-folder.hint", { folder, option: this.option }));
  }

  /** What is at `path`: a folder, something else, or nothing (a missing parent included). */
  async kindOf(path: string): Promise<"folder" | "other" | "missing"> {
    try {
      return (await stat(path)).isDirectory() ? "folder" : "other";
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT" || (error as NodeJS.ErrnoException).code === "ENOTDIR") {
        return "missing";
      }
      throw this.unusable(reasonOf(error), error);
    }
  }

  /** Makes the folder, one level only: its parent must be a folder, and a link to nowhere is not followed. */
  async make(): Promise<void> {
    const { folder } = this;
    const parent = dirname(folder);
    const parentKind = await this.kindOf(parent);
    if (parentKind === "other") throw this.notAFolder(parent);
    if (parentKind === "missing") throw this.missing(parent);
    if ((await lstat(folder).catch(() => undefined))?.isSymbolicLink()) {
      throw this.unusable(this.context.t("output.dangling-link", { file: this.shown(folder) }));
    }
    try {
      await mkdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw this.unusable(reasonOf(error), error);
    }
  }

  /** Makes and removes a temporary file in the folder: whether it can be written into is known only so. */
  probe(): void {
    const probe = temporaryFileOf(`${this.folder}/probe`);
    trackTemporaryFile(probe);
    // Synchronous, as in writeFileAtomic: a signal never finds the probe being made.
    try {
      closeSync(openSync(probe, "wx"));
    } catch (error) {
      throw this.unusable(reasonOf(error), error);
    } finally {
      rmSync(probe, { force: true });
      untrackTemporaryFile(probe);
    }
  }
}

/**
 * Makes sure `folder` is a folder xhht can write into, before any work is done: it exists (or, with `create`, its
 * parent does and it is made, one level only: a mistyped path is not silently created), and a temporary file can be
 * made and removed in it. Throws a {@link CliError} (exit 2) saying why otherwise: a missing folder, a file in the
 * way, a read-only or special place such as /proc. `display` places the errors (the folder, or the output file in it,
 * as the user wrote it); the messages name the folder as the user wrote it (`options.typed`, by default `display`) and
 * the hints the option that named it (`options.option`, by default `-o`).
 */
export const prepareOutputFolder = async (
  context: CliContext,
  folder: string,
  display: string,
  options: { readonly create?: boolean; readonly typed?: string; readonly option?: string } = {},
): Promise<void> => {
  const output = new OutputFolder(context, folder, display, options.typed ?? display, options.option ?? "-o");
  const kind = await output.kindOf(folder);
  if (kind === "other") throw output.notAFolder(folder);
  if (kind === "missing") {
    if (options.create !== true) throw output.missing(folder);
    await output.make();
  }
  output.probe();
};
