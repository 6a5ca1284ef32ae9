import { link, lstat, open, readFile, rename, rm, stat } from "node:fs/promises";
import { temporaryFileOf, trackTemporaryFile, untrackTemporaryFile } from "./temporaryFiles.ts";

/**
 * What {@link writeFileAtomic} did: `written`; `unchanged` (the file already held exactly these bytes); `exists`
 * (another file is there and `force` was not given); `not-a-file` (a folder, device, pipe or socket is there).
 */
export type AtomicWriteStatus = "written" | "unchanged" | "exists" | "not-a-file";

const errnoOf = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** Whether `path` is a regular file (or a link to one) holding exactly `bytes`. */
export const holdsBytes = async (path: string, bytes: Uint8Array): Promise<boolean> => {
  const target = await stat(path).catch(() => undefined);
  if (target === undefined || !target.isFile() || target.size !== bytes.length) return false;
  return Buffer.from(await readFile(path)).equals(bytes);
};

/**
 * Writes `bytes` to `path` all at once or not at all: into a temporary file of the same folder, then moved into
 * place, so that an interrupted run never leaves a truncated file that looks finished; the temporary file is removed
 * on failure. An existing file is never written into: it is left as is when it holds the same bytes, refused
 * (`exists`) without `force`, and replaced (the directory entry, so a symbolic link is replaced, not followed) with
 * it. Throws the file system's error when the folder cannot be written.
 */
export const writeFileAtomic = async (
  path: string,
  bytes: Uint8Array,
  options: { readonly force?: boolean } = {},
): Promise<AtomicWriteStatus> => {
  const existing = await lstat(path).catch((error: unknown) => {
    if (errnoOf(error) === "ENOENT") return undefined;
    throw error;
  });
  if (existing !== undefined) {
    if (!existing.isFile() && !existing.isSymbolicLink()) return "not-a-file";
    if (await holdsBytes(path, bytes)) return "unchanged";
    if (options.force !== true) return "exists";
  }
  const temporary = temporaryFileOf(path);
  trackTemporaryFile(temporary);
  try {
    const handle = await open(temporary, "wx");
    try {
      await handle.writeFile(bytes);
      // A file replaced with --force keeps its permissions.
      if (existing?.isFile() === true) await handle.chmod(existing.mode & 0o7777);
    } finally {
      await handle.close();
    }
    if (options.force === true) {
      await rename(temporary, path);
      return "written";
    }
    try {
      // A hard link, unlike a rename, fails when the name was taken meanwhile: no file is ever replaced without --force.
      await link(temporary, path);
    } catch (error) {
      const code = errnoOf(error);
      if (code === "EEXIST") return (await holdsBytes(path, bytes)) ? "unchanged" : "exists";
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS" && code !== "EOPNOTSUPP") throw error;
      if ((await lstat(path).catch(() => undefined)) !== undefined) return "exists";
      await rename(temporary, path);
    }
    return "written";
  } finally {
    await rm(temporary, { force: true });
    untrackTemporaryFile(temporary);
  }
};
