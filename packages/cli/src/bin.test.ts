import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sampleReport2020 } from "@xhht/domain";
import { describe, expect, it } from "vitest";
import { reportOf } from "./testing/fixtures.ts";
import { runXhht, tempFolder, xhhtBin } from "./testing/runXhht.ts";

// The behaviour of the commands is tested in-process (runInProcess); these runs check what only the process does:
// bin.ts starts from its shebang and turns runCli's result into the exit code of the process.
describe.concurrent("the built xhht, as a process", () => {
  const cwd = tempFolder();
  writeFileSync(join(cwd, "report.json"), JSON.stringify(sampleReport2020, null, 2));
  writeFileSync(join(cwd, "broken.json"), JSON.stringify(reportOf("99"), null, 2));

  it("runs from its shebang, without naming node, and prints its version, exit 0", async () => {
    expect(readFileSync(xhhtBin, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    const run = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(xhhtBin, ["--version"], { cwd, encoding: "utf8" }, (error, stdout) =>
        resolve({ code: error === null ? 0 : Number(error.code), stdout }),
      );
    });
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/u);
  });

  it("exits 0, 1 and 2 as runCli returns them: no error, an issue of severity error, bad usage", async () => {
    const ok = await runXhht(["validate", "report", "report.json"], { cwd });
    expect(ok.status).toBe(0);
    const issues = await runXhht(["validate", "report", "broken.json", "--lang", "en"], { cwd });
    expect(issues.status).toBe(1);
    expect(issues.stdout).toContain("error province.unknown «Province code»");
    // `xhht validate` is bundled apart, with its own copy of CliError: its errors are still the command's.
    const kind = await runXhht(["validate", "nokind", "report.json"], { cwd });
    expect(kind.status).toBe(2);
    expect(kind.stderr).toContain("lỗi cli.usage");
    const usage = await runXhht(["valdate", "report", "report.json"], { cwd });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain("lệnh không có: valdate");
    expect(usage.stderr).not.toMatch(/\bat .+:\d+:\d+\)?$/mu);
  });

  it("keeps `xhht validate`'s compiled code in NODE_COMPILE_CACHE for the next run, and none when it is turned off", async () => {
    const cache = join(tempFolder(), "cache");
    const first = await runXhht(["validate", "report", "broken.json"], { cwd, env: { NODE_COMPILE_CACHE: cache } });
    expect(readdirSync(cache)).not.toEqual([]);
    const second = await runXhht(["validate", "report", "broken.json"], { cwd, env: { NODE_COMPILE_CACHE: cache } });
    expect(second).toEqual(first);
    expect(first.status).toBe(1);
    const off = join(tempFolder(), "off");
    const env = { NODE_COMPILE_CACHE: off, NODE_DISABLE_COMPILE_CACHE: "1" };
    expect(await runXhht(["validate", "report", "broken.json"], { cwd, env })).toEqual(first);
    expect(existsSync(off) ? readdirSync(off) : []).toEqual([]);
  });
});
