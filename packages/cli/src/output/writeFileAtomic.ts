import {
  closeSync,
  fchmodSync,
  linkSync,
  lstatSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { lstat, readFile, stat } from "node:fs/promises";
import { temporaryFileOf, trackTemporaryFile, untrackTemporaryFile } from "./temporaryFiles.ts";

/**
 * What {@link writeFileAtomic} did: `written`; `unchanged` (the file already held exactly these bytes); `exists`
 * (another file is there and `force` was not given); `not-a-file` (a folder, device, pipe or socket is there).
 */
export type AtomicWriteStatus = "written" | "unchanged" | "exists" | "not-a-file";

const errnoOf = (error: unknown) => (error as NodeJS.ErrnoException).code;

const holdsBytesSync = (path: string, bytes: Uint8Array): boolean => {
  const target = statSync(path, { throwIfNoEntry: false });
  return target?.isFile() === true && target.size === bytes.length && readFileSync(path).equals(bytes);
};

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
  // From here to the end all is synchronous: a signal is handled between two steps of the event loop, so it finds
  // the temporary file either not made yet or known to it, never being made.
  const temporary = temporaryFileOf(path);
  trackTemporaryFile(temporary);
  try {
    const descriptor = openSync(temporary, "wx");
    try {
      writeFileSync(descriptor, bytes);
      // A file replaced with --force keeps its permissions.
      if (existing?.isFile() === true) fchmodSync(descriptor, existing.mode & 0o7777);
    } finally {
      closeSync(descriptor);
    }
    if (options.force === true) {
      renameSync(temporary, path);
      return "written";
    }
    try {
      // A hard link, unlike a rename, fails when the name was taken meanwhile: no file is ever replaced without --force.
      linkSync(temporary, path);
    } catch (error) {
      const code = errnoOf(error);
      if (code === "EEXIST") return holdsBytesSync(path, bytes) ? "unchanged" : "exists";
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS" && code !== "EOPNOTSUPP") throw error;
      if (lstatSync(path, { throwIfNoEntry: false }) !== undefined) return "exists";
      renameSync(temporary, path);
    }
    return "written";
  } finally {
    rmSync(temporary, { force: true });
    untrackTemporaryFile(temporary);
  }
};
