import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "./runCli.ts";
import { runInProcess } from "./testing/runInProcess.ts";
import { tempFolder, xhhtBin } from "./testing/runXhht.ts";

const commands = [
  "validate",
  "generate",
  "summarize",
  "lint",
  "week",
  "holidays",
  "workdays",
  "schema",
  "sample",
  "demo",
];

describe.concurrent("xhht, the program", () => {
  const cwd = tempFolder();

  it("prints its commands and the exit codes in Vietnamese by default, exit 0", async () => {
    const run = await runInProcess(["--help"], { cwd });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Cách dùng: xhht");
    for (const command of commands) expect(run.stdout).toContain(`  ${command} `);
    expect(run.stdout).toContain("Mã thoát: 0");
  });

  it("speaks English with --lang en", async () => {
    const run = await runInProcess(["--lang", "en", "--help"], { cwd });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Usage: xhht");
    expect(run.stdout).toContain("Exit codes: 0 no error");
  });

  it("names the guide where the package installs it, docs/cli.md beside dist/", async () => {
    const guide = fileURLToPath(new URL("../docs/cli.md", import.meta.url));
    const vi = await runInProcess(["--help"], { cwd });
    expect(vi.stdout).toContain(`Tài liệu đầy đủ, kèm ví dụ cho từng lệnh: ${guide}\n`);
    const en = await runInProcess(["--help", "--lang", "en"], { cwd });
    expect(en.stdout).toContain(`The guide, with an example for each command: ${guide}\n`);
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(manifest.files).toContain("docs");
  });

  it.each(commands)("has --help on %s, with examples", async (command) => {
    const run = await runInProcess([command, "--help"], { cwd });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`xhht ${command}`);
    expect(run.stdout).toContain("Ví dụ:");
    expect(run.stdout).toContain("--lang <lang>");
  });

  it("exits 2 on an unknown command, suggesting the right one, without a stack trace", async () => {
    const run = await runInProcess(["valdate", "report", "x.json"], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("lệnh không có: valdate");
    expect(run.stderr).toContain("validate");
    expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+\)?$/mu);
  });

  it("exits 2 on an unknown option and on a missing argument, naming the command's help", async () => {
    const option = await runInProcess(["week", "2020", "--frob", "--lang", "en"], { cwd });
    expect(option.status).toBe(2);
    expect(option.stderr).toContain("unknown option: --frob");
    expect(option.stderr).toContain("xhht week --help");
    const argument = await runInProcess(["validate", "report"], { cwd });
    expect(argument.status).toBe(2);
    expect(argument.stderr).toContain("thiếu tham số bắt buộc <file>");
  });

  it("exits 2 on a language it does not speak", async () => {
    const run = await runInProcess(["--lang", "fr", "week", "2020"], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("vi, en");
  });

  it("exits 2 with usage on stderr when run without a command", async () => {
    const run = await runInProcess([], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Cách dùng: xhht");
  });

  it("prints its version", async () => {
    const run = await runInProcess(["--version"], { cwd });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/u);
  });

  it("loads none of the SDK, zod, docx or the parsers before a command runs: bin.js and its chunks import Node alone", () => {
    const dist = dirname(xhhtBin);
    /** The files `file` imports statically (chunks of the bundle, then packages), transitively. */
    const staticImports = (file: string, seen = new Set<string>()): Set<string> => {
      seen.add(file);
      const text = readFileSync(join(dist, file), "utf8");
      // Minified: `import{a as b}from"./chunk-X.js";import"./chunk-Y.js"`, several on a line; `import(` is left out.
      for (const [, name = ""] of text.matchAll(
        /(?:^|[;\n])\s*(?:import|export)\s*(?:[{*\w][^;'"(]*?from\s*)?["']([^"']+)["']/gu,
      )) {
        if (!name.startsWith("./")) seen.add(name);
        else if (!seen.has(name.slice(2))) staticImports(name.slice(2), seen);
      }
      return seen;
    };
    const upFront = [...staticImports("bin.js")];
    const chunks = upFront.filter((name) => name.endsWith(".js"));
    expect(
      upFront.filter((name) => !name.endsWith(".js") && !builtinModules.includes(name.replace(/^node:/u, ""))),
    ).toEqual([]);
    const loaded = chunks.map((file) => readFileSync(join(dist, file), "utf8")).join("\n");
    // zod's schemas carry `_zod`; validateReport stands for @xhht/domain, renderOfficialLetter for @xhht/templates.
    for (const heavy of ["_zod", "validateReport", "renderOfficialLetter"]) expect(loaded).not.toContain(heavy);
    // `xhht validate` is a chunk that runs dist/validateCommand.cjs, built apart, with a compile cache.
    const validateChunk = /\bimport\(["']\.\/(validateCommand-\w+\.js)["']\)/u.exec(loaded)?.[1] ?? "";
    expect(readFileSync(join(dist, validateChunk), "utf8")).toContain("./validateCommand.cjs");
    const later = readdirSync(dist)
      .filter((file) => /\.c?js$/u.test(file) && !file.startsWith("index.") && !chunks.includes(file))
      .map((file) => readFileSync(join(dist, file), "utf8"))
      .join("\n");
    for (const external of ["docx", "yaml", "csv-parse/sync", "cli-progress"]) {
      expect(later).toMatch(new RegExp(`(?:from\\s*|import\\(|require\\()["']${external}["']`, "u"));
    }
  });
});

describe("xhht on a failure of its own (a bug, not the input)", () => {
  const cwd = tempFolder();
  /** A stdout that fails as a full disk or a closed pipe would: an error no command expects. */
  const failingStdout = {
    write: (): boolean => {
      throw new Error("stdout is gone");
    },
  };
  const run = async (env: Readonly<Record<string, string>>) => {
    const errors: string[] = [];
    const stderr = { write: (chunk: string) => errors.push(String(chunk)) };
    const status = await runCli(["week", "2020"], { cwd, env, stdout: failingStdout, stderr });
    return { status, stderr: errors.join("") };
  };

  it("exits 70 with one line naming the cause, no stack trace", async () => {
    const { status, stderr } = await run({});
    expect(status).toBe(70);
    expect(stderr).toContain("stdout is gone");
    expect(stderr).not.toMatch(/\n\s+at /u);
  });

  it("prints the stack trace when XHHT_DEBUG is set, and not when it is 0", async () => {
    expect((await run({ XHHT_DEBUG: "1" })).stderr).toMatch(/stdout is gone[\s\S]*\n\s+at /u);
    expect((await run({ XHHT_DEBUG: "0" })).stderr).not.toMatch(/\n\s+at /u);
  });
});
