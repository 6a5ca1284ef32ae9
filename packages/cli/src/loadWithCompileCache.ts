import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import nodeModule, { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Script } from "node:vm";

/** Node's own compile cache (Node 22.1 and later), which covers ES modules too. */
const { enableCompileCache } = nodeModule as { enableCompileCache?: () => unknown };

/** The variables that steer the cache: Node's own, so that one setting steers Node's cache and this one alike. */
export interface CompileCacheEnv {
  /** The folder of the cache; by default `xhht-compile-cache-<uid>` in the system's temporary folder. */
  readonly NODE_COMPILE_CACHE?: string | undefined;
  /** Any value turns the cache off. */
  readonly NODE_DISABLE_COMPILE_CACHE?: string | undefined;
}

/**
 * The folder to keep the code cache in, created if need be, or `undefined` when the cache is off or the folder is
 * not the user's own: a code cache is code, so a folder others can write to is never read.
 */
export const compileCacheFolder = (env: CompileCacheEnv): string | undefined => {
  if (env.NODE_DISABLE_COMPILE_CACHE !== undefined && env.NODE_DISABLE_COMPILE_CACHE !== "") return undefined;
  const uid = process.getuid?.();
  const folder =
    env.NODE_COMPILE_CACHE !== undefined && env.NODE_COMPILE_CACHE !== ""
      ? env.NODE_COMPILE_CACHE
      : join(tmpdir(), uid === undefined ? "xhht-compile-cache" : `xhht-compile-cache-${uid}`);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const stats = lstatSync(folder);
    if (!stats.isDirectory()) return undefined;
    if (uid !== undefined && (stats.uid !== uid || (stats.mode & 0o022) !== 0)) return undefined;
    return folder;
  } catch {
    return undefined;
  }
};

/** A 64-bit FNV-1a hash of `text`, in hexadecimal: a name for a cache file, not a defence against anyone. */
const fnv1a64 = (text: string): string => {
  let hash = 0xcbf29ce484222325n;
  for (let index = 0; index < text.length; index += 1) {
    hash = BigInt.asUintN(64, (hash ^ BigInt(text.charCodeAt(index))) * 0x100000001b3n);
  }
  return hash.toString(16).padStart(16, "0");
};

/** A CommonJS file run from its V8 code cache, and how to keep the cache for the next run. */
export interface CachedModule {
  readonly exports: unknown;
  /** Whether V8 took the cache kept by an earlier run. */
  readonly fromCache: boolean;
  /** Writes the code cache of what has run so far, when there was none or V8 refused it; never throws. */
  readonly save: () => void;
}

const day = 24 * 60 * 60 * 1000;

/** How long a cache file is kept: one no run has used for this long is of an `xhht` since removed or replaced. */
const keptFor = 30 * day;

/** A cache file's name: 16 hexadecimal digits and `.v8`; the folder may hold other files (Node's own cache). */
const cacheFileName = /^[0-9a-f]{16}\.v8$/u;

/** Removes the cache files of `folder` that no run has used for {@link keptFor}; never throws. */
const pruneCache = (folder: string, now: number) => {
  try {
    for (const name of readdirSync(folder)) {
      if (!cacheFileName.test(name)) continue;
      const path = join(folder, name);
      if (now - statSync(path).mtimeMs > keptFor) rmSync(path, { force: true });
    }
  } catch {
    // Another run pruning at the same moment, or a folder gone: nothing is lost.
  }
};

/** Dates a cache file a run used, at most once a day, so that pruning spares it. */
const markUsed = (cacheFile: string, now: number) => {
  try {
    if (now - statSync(cacheFile).mtimeMs > day) utimesSync(cacheFile, now / 1000, now / 1000);
  } catch {
    // A cache file pruned or replaced meanwhile: the next run writes it again.
  }
};

/** The cache of `file`, if `folder` holds one made from the same file: its data after the file's stamp. */
const readCache = (cacheFile: string, stamp: Buffer): Buffer | undefined => {
  try {
    const data = readFileSync(cacheFile);
    return data.subarray(0, stamp.length).equals(stamp) ? data.subarray(stamp.length) : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Runs the CommonJS file `file` as Node's `require` would, with V8's code cache kept in `folder`: a later run skips
 * parsing and compiling what an earlier run compiled. One cache file for each file, Node version and set of flags
 * (V8 refuses a cache made under other flags), which a new version of the file overwrites; saving one removes those no
 * run has used for 30 days.
 */
export const runWithCodeCache = (file: string, folder: string): CachedModule => {
  const cacheFile = join(
    folder,
    `${fnv1a64([process.version, process.arch, process.execArgv.join(" "), file].join("\0"))}.v8`,
  );
  // The file is known by its size, time and inode: hashing its 270 KB would cost 4 ms of the 30 the cache saves.
  const { size, mtimeMs, ino } = statSync(file);
  const stamp = Buffer.from(fnv1a64([size, mtimeMs, ino].join("\0")), "latin1");
  const cachedData = readCache(cacheFile, stamp);
  const source = readFileSync(file, "utf8");
  // The wrapper starts on the file's first line, so that errors keep the file's own line numbers.
  const script = new Script(
    `(function (exports, require, module, __filename, __dirname) {${source.replace(/^#!.*/u, "")}\n})`,
    cachedData === undefined ? { filename: file } : { filename: file, cachedData },
  );
  const fromCache = cachedData !== undefined && !script.cachedDataRejected;
  if (fromCache) markUsed(cacheFile, Date.now());
  const module = { exports: {} as unknown };
  (script.runInThisContext() as (...args: unknown[]) => void)(
    module.exports,
    createRequire(file),
    module,
    file,
    dirname(file),
  );
  const save = () => {
    if (fromCache) return;
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, Buffer.concat([stamp, script.createCachedData()]), { mode: 0o600 });
      renameSync(temporary, cacheFile);
    } catch {
      rmSync(temporary, { force: true });
    }
    pruneCache(folder, Date.now());
  };
  return { exports: module.exports, fromCache, save };
};

/**
 * Loads the CommonJS file `file` (an absolute path) with a compile cache: Node's own where it has one (Node 22.1
 * and later, steered by the same variables), else V8's code cache kept by {@link runWithCodeCache} in
 * {@link compileCacheFolder}, written when the process exits so that it holds all the command compiled. Without a
 * usable folder, a plain `require`.
 */
export const loadWithCompileCache = (file: string, env: CompileCacheEnv = process.env): unknown => {
  if (typeof enableCompileCache === "function") {
    enableCompileCache();
    return createRequire(file)(file);
  }
  const folder = compileCacheFolder(env);
  if (folder === undefined) return createRequire(file)(file);
  const loaded = runWithCodeCache(file, folder);
  process.once("exit", loaded.save);
  return loaded.exports;
};
