import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { csvRow, writeReportsCsv } from "../testing/fixtures.ts";
import { tempFolder, xhhtBin } from "../testing/runXhht.ts";

const total = 150;

/** Starts a batch of `total` reports, sends `signal` once three documents are written, and waits for the end. */
const stopBatch = (cwd: string, signal: NodeJS.Signals) =>
  new Promise<{ code: number | null; stdout: string }>((resolve) => {
    writeReportsCsv(
      cwd,
      "reports.csv",
      Array.from({ length: total }, () => csvRow("36")),
    );
    const { XHHT_LANG: _lang, INIT_CWD: _init, ...env } = process.env;
    const child = spawn(
      process.execPath,
      [xhhtBin, "generate", "report", "--batch", "reports.csv", "-o", "out", "--workers", "2", "--lang", "en"],
      { cwd, env },
    );
    let stdout = "";
    let sent = false;
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!sent && (stdout.match(/✔/gu)?.length ?? 0) >= 3) {
        sent = true;
        child.kill(signal);
      }
    });
    child.on("close", (code) => resolve({ code, stdout }));
  });

const isWholeZip = (bytes: Buffer) => bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) === bytes.length - 22;

describe.concurrent("a command stopped by a signal while it writes", () => {
  it.each([0, 100, 300, 600])(
    "demo stopped %i ms into its writing: exit 143 and no temporary file, or done",
    async (after) => {
      const cwd = tempFolder();
      const code = await new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [xhhtBin, "demo", "-o", "out", "--lang", "en"], { cwd });
        let sent = false;
        child.stdout.on("data", (chunk: Buffer) => {
          if (sent || !chunk.toString().includes("Documents written to")) return;
          sent = true;
          setTimeout(() => child.kill("SIGTERM"), after);
        });
        child.on("close", resolve);
      });
      expect([0, 143]).toContain(code);
      const left = readdirSync(cwd).includes("out") ? readdirSync(join(cwd, "out")) : [];
      expect(left.filter((name) => !name.endsWith(".docx"))).toEqual([]);
      for (const name of left) expect(isWholeZip(readFileSync(join(cwd, "out", name)))).toBe(true);
    },
  );
});

describe.concurrent("a batch stopped by a signal", () => {
  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)(
    "%s: workers stopped, no temporary file, every document whole, the count said, exit %i; a rerun finishes",
    async (signal, status) => {
      const cwd = tempFolder();
      const run = await stopBatch(cwd, signal);
      expect(run.code).toBe(status);
      const files = readdirSync(join(cwd, "out"));
      expect(files.filter((name) => !name.endsWith(".docx"))).toEqual([]);
      for (const name of files) expect(isWholeZip(readFileSync(join(cwd, "out", name)))).toBe(true);
      const said = new RegExp(
        `Stopped by ${signal}: (\\d+) of ${total} documents written to out; (\\d+) records have no document`,
        "u",
      ).exec(run.stdout);
      expect(said).not.toBeNull();
      expect(Number(said?.[1])).toBe(files.length);
      expect(Number(said?.[1]) + Number(said?.[2])).toBe(total);
      expect(files.length).toBeLessThan(total);
      expect(run.stdout).toMatch(/Not written: reports\.csv:\d+/u);
      const rerun = await new Promise<number | null>((resolve) => {
        spawn(process.execPath, [xhhtBin, "generate", "report", "--batch", "reports.csv", "-o", "out"], { cwd }).on(
          "close",
          resolve,
        );
      });
      expect(rerun).toBe(0);
      expect(readdirSync(join(cwd, "out"))).toHaveLength(total);
    },
  );
});
