import { rmSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { threadId } from "node:worker_threads";

const live = new Set<string>();
let counter = 0;

const marker = (pid: number) => `.xhht-${pid}-`;

/**
 * The temporary file an output is written to before it is renamed into place: in the output's own folder (so the
 * rename is atomic), hidden, and named after this process so that {@link removeTemporaryFiles} finds the ones a
 * stopped worker thread left behind.
 */
export const temporaryFileOf = (path: string): string =>
  join(dirname(path), `.${basename(path).slice(0, 100)}${marker(process.pid)}${threadId}-${counter++}.tmp`);

/** Notes a temporary file as being written by this thread, so that a signal can remove it. */
export const trackTemporaryFile = (path: string): void => {
  live.add(path);
};

/** The temporary file is gone (renamed into place or removed). */
export const untrackTemporaryFile = (path: string): void => {
  live.delete(path);
};

/** Removes, synchronously, the temporary files this thread is writing: for a signal handler about to exit. */
export const removeLiveTemporaryFiles = (): void => {
  for (const path of live) rmSync(path, { force: true });
  live.clear();
};

/** Removes the temporary files this process (any of its threads) left in `folder`; returns how many. */
export const removeTemporaryFiles = async (folder: string): Promise<number> => {
  const own = marker(process.pid);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return 0;
  }
  const left = names.filter((name) => name.startsWith(".") && name.includes(own) && name.endsWith(".tmp"));
  await Promise.all(left.map((name) => rm(join(folder, name), { force: true })));
  return left.length;
};
