import { execFileSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileCacheFolder } from "./loadWithCompileCache.ts";
import { tempFolder } from "./testing/runXhht.ts";

/** A CommonJS file that uses what Node gives a module: `require`, `module`, `__filename`, `__dirname`. */
const moduleSource = (value: unknown) => `#!/usr/bin/env node
const { basename } = require("node:path");
module.exports = { value: JSON.parse(${JSON.stringify(JSON.stringify(value))}), file: basename(__filename), folder: basename(__dirname) };
`;

const writeModule = (folder: string, value: unknown) => {
  mkdirSync(join(folder, "lib"), { recursive: true });
  const file = join(folder, "lib", "command.cjs");
  writeFileSync(file, moduleSource(value));
  return file;
};

/** What a file gave in a run: whether V8 took the cache of an earlier run, and its exports. */
interface Loaded {
  readonly fromCache: boolean;
  readonly exports: unknown;
}

/**
 * Runs `files` with runWithCodeCache in a new Node process and saves their caches, as `xhht` does at exit: a cache
 * is only ever read by another process (within one, V8 reuses what it compiled and never reads the cache).
 */
const runInNewProcess = (files: readonly string[], cache: string): Loaded[] => {
  const code = `const { runWithCodeCache } = await import(${JSON.stringify(import.meta.resolve("./loadWithCompileCache.ts"))});
const loaded = ${JSON.stringify(files)}.map((file) => runWithCodeCache(file, ${JSON.stringify(cache)}));
for (const { save } of loaded) save();
process.stdout.write(JSON.stringify(loaded.map(({ fromCache, exports }) => ({ fromCache, exports }))));`;
  const output = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "--eval", code], {
    encoding: "utf8",
  });
  return JSON.parse(output) as Loaded[];
};

const cacheFolder = (folder: string) => {
  const cache = join(folder, "cache");
  mkdirSync(cache);
  return cache;
};

describe("runWithCodeCache", () => {
  it("runs a file as require would, then, in a later process, from the cache the first one saved", () => {
    const folder = tempFolder();
    const cache = cacheFolder(folder);
    const file = writeModule(folder, { year: 2020 });
    const [first] = runInNewProcess([file], cache);
    expect(first).toEqual({ fromCache: false, exports: { value: { year: 2020 }, file: "command.cjs", folder: "lib" } });
    expect(readdirSync(cache)).toHaveLength(1);
    expect(runInNewProcess([file], cache)).toEqual([{ ...first, fromCache: true }]);
  });

  it("never runs the cache of an earlier version of the file, and keeps one cache a file", () => {
    const folder = tempFolder();
    const cache = cacheFolder(folder);
    const file = writeModule(folder, "first");
    runInNewProcess([file], cache);
    writeModule(folder, "second, longer");
    expect(runInNewProcess([file], cache)).toMatchObject([{ fromCache: false, exports: { value: "second, longer" } }]);
    expect(readdirSync(cache)).toHaveLength(1);
    expect(runInNewProcess([file], cache)).toMatchObject([{ fromCache: true, exports: { value: "second, longer" } }]);
  });

  it("compiles afresh when the cache is damaged, and replaces it", () => {
    const folder = tempFolder();
    const cache = cacheFolder(folder);
    const file = writeModule(folder, [1, 2, 3]);
    runInNewProcess([file], cache);
    const cacheFile = join(cache, readdirSync(cache)[0] ?? "");
    // The file's stamp kept, so that V8 is given the damaged data and must refuse it.
    writeFileSync(cacheFile, Buffer.concat([readFileSync(cacheFile).subarray(0, 16), Buffer.from("not a code cache")]));
    expect(runInNewProcess([file], cache)).toMatchObject([{ fromCache: false, exports: { value: [1, 2, 3] } }]);
    expect(runInNewProcess([file], cache)).toMatchObject([{ fromCache: true, exports: { value: [1, 2, 3] } }]);
  });

  it("removes, when it saves a cache, the caches no run has used for 30 days, and nothing else of the folder", () => {
    const folder = tempFolder();
    const cache = cacheFolder(folder);
    const days = (count: number) => (Date.now() - count * 24 * 60 * 60 * 1000) / 1000;
    const stale = join(cache, "0123456789abcdef.v8");
    const recent = join(cache, "fedcba9876543210.v8");
    const other = join(cache, "v20.20.2-x64-notes.bin");
    for (const path of [stale, recent, other]) writeFileSync(path, "");
    utimesSync(stale, days(31), days(31));
    utimesSync(recent, days(29), days(29));
    utimesSync(other, days(400), days(400));
    const file = writeModule(folder, "pruned");
    runInNewProcess([file], cache);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(recent)).toBe(true);
    expect(existsSync(other)).toBe(true);
    expect(readdirSync(cache)).toHaveLength(3);
  });

  it("dates a cache a run used, so that a cache in use is never pruned", () => {
    const folder = tempFolder();
    const cache = cacheFolder(folder);
    const file = writeModule(folder, "used");
    runInNewProcess([file], cache);
    const cacheFile = join(cache, readdirSync(cache)[0] ?? "");
    const monthAgo = (Date.now() - 40 * 24 * 60 * 60 * 1000) / 1000;
    utimesSync(cacheFile, monthAgo, monthAgo);
    expect(runInNewProcess([file], cache)).toMatchObject([{ fromCache: true }]);
    expect(Date.now() - statSync(cacheFile).mtimeMs).toBeLessThan(60 * 60 * 1000);
  });

  it("gives any module's exports the same from the cache as without it", () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { minLength: 1, maxLength: 6 }), (values) => {
        const folder = tempFolder();
        const cache = cacheFolder(folder);
        const files = values.map((value, index) => writeModule(join(folder, String(index)), value));
        const fresh = runInNewProcess(files, cache);
        const cached = runInNewProcess(files, cache);
        expect(fresh.map(({ fromCache }) => fromCache)).toEqual(values.map(() => false));
        expect(cached).toEqual(fresh.map((loaded) => ({ ...loaded, fromCache: true })));
        expect(cached.map(({ exports }) => (exports as { value: unknown }).value)).toEqual(
          JSON.parse(JSON.stringify(values)),
        );
      }),
      { numRuns: 4 },
    );
  });
});

describe("compileCacheFolder", () => {
  it("is off with NODE_DISABLE_COMPILE_CACHE, as Node's own cache is", () => {
    expect(compileCacheFolder({ NODE_DISABLE_COMPILE_CACHE: "1", NODE_COMPILE_CACHE: tempFolder() })).toBeUndefined();
  });

  it("is NODE_COMPILE_CACHE when set, created for the user alone", () => {
    const folder = join(tempFolder(), "a", "cache");
    expect(compileCacheFolder({ NODE_COMPILE_CACHE: folder })).toBe(folder);
    expect(readdirSync(folder)).toEqual([]);
  });

  it("is a folder of the system's temporary folder by default", () => {
    expect(compileCacheFolder({})).toMatch(/xhht-compile-cache/u);
  });

  it("is never a folder that others can write to, nor a link or a file", () => {
    const shared = join(tempFolder(), "shared");
    mkdirSync(shared);
    chmodSync(shared, 0o777);
    expect(compileCacheFolder({ NODE_COMPILE_CACHE: shared })).toBeUndefined();
    const target = tempFolder();
    const link = join(tempFolder(), "link");
    symlinkSync(target, link);
    expect(compileCacheFolder({ NODE_COMPILE_CACHE: link })).toBeUndefined();
    const file = join(tempFolder(), "file");
    writeFileSync(file, "");
    expect(compileCacheFolder({ NODE_COMPILE_CACHE: file })).toBeUndefined();
  });
});
