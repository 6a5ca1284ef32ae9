import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvRow, writeReportsCsv } from "../testing/fixtures.ts";
import { runInProcess } from "../testing/runInProcess.ts";
import { runXhht, tempFolder } from "../testing/runXhht.ts";

const aliasBomb = () => {
  const names = "abcdefghi";
  const levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
  for (let level = 1; level < names.length; level++) {
    levels.push(
      `${names[level]}: &${names[level]} [${Array(9)
        .fill(`*${names[level - 1]}`)
        .join(", ")}]`,
    );
  }
  return `${levels.join("\n")}\n`;
};

describe.concurrent("xhht on input it cannot use", () => {
  it("refuses a file that is not UTF-8 with file:line:column, exit 2, and writes nothing from it", async () => {
    const cwd = tempFolder();
    const csv = Buffer.from(`year,province,place\n2020,01,Nguy#n\n`);
    csv[csv.indexOf("#")] = 0xd2;
    writeFileSync(join(cwd, "cp1258.csv"), csv);
    const run = await runInProcess(["validate", "report", "cp1258.csv", "--lang", "en"], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("cp1258.csv:2:13: error cli.encoding");
    expect(run.stderr).toContain("not UTF-8 text: byte 0xD2 cannot be read");
    const batch = await runInProcess(["generate", "report", "--batch", "cp1258.csv", "-o", "out"], { cwd });
    expect(batch.status).toBe(2);
    expect(readdirSync(join(cwd, "out"))).toEqual([]);
  });

  it("refuses a YAML alias bomb as bad input (exit 2, where it is), not as an internal error", async () => {
    const cwd = tempFolder();
    writeFileSync(join(cwd, "bomb.yaml"), aliasBomb());
    const run = await runInProcess(["validate", "plan", "bomb.yaml", "--lang", "en"], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("bomb.yaml:1:1: error cli.syntax");
    expect(run.stderr).toContain("too many YAML aliases");
    const directive = await runInProcess(["validate", "report", "bomb.yaml", "--directive", "bomb.yaml"], { cwd });
    expect(directive.status).toBe(2);
    expect(directive.stderr).not.toContain("lỗi nội bộ");
  });

  it("a stray quote in a 5,000-row CSV: that row is reported where the quote is, the 4,999 others are read", async () => {
    const cwd = tempFolder();
    const rows = Array.from({ length: 5000 }, (_, index) =>
      index === 2999 ? csvRow("01").replace("Nam Định", '"Nam Định') : csvRow("01"),
    );
    writeReportsCsv(cwd, "big.csv", rows);
    const column = csvRow("01").indexOf("Nam Định") + 1;
    const run = await runInProcess(["validate", "report", "big.csv", "--format", "json", "--lang", "en"], { cwd });
    expect(run.status).toBe(1);
    const output = JSON.parse(run.stdout);
    expect(output.summary.records).toBe(5000);
    expect(output.issues.filter((issue: { code: string }) => issue.code === "cli.syntax")).toMatchObject([
      { file: "big.csv", line: 3001, column, record: 3000 },
    ]);
  });

  // A batch that renders runs on worker threads loading the built batchWorker.js: the built binary runs it.
  it("a batch over a CSV with a stray quote writes every other row and names the broken one, exit 1", async () => {
    const cwd = tempFolder();
    const rows = ["01", "02", "04", "06"].map((code) => csvRow(code));
    rows[1] = rows[1]!.replace("Nam Định", '"Nam Định');
    writeReportsCsv(cwd, "reports.csv", rows);
    const run = await runXhht(["generate", "report", "--batch", "reports.csv", "-o", "out"], { cwd });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("reports.csv:3:");
    expect(run.stdout).toContain("dòng 3 không được đọc");
    expect(readdirSync(join(cwd, "out")).sort()).toEqual(["reports-1.docx", "reports-3.docx", "reports-4.docx"]);
  });

  it("refuses records nested too deeply for the stack, in a batch too (it once ended in an internal error or hung)", async () => {
    const cwd = tempFolder();
    const depth = 100_000;
    writeFileSync(join(cwd, "deep.json"), `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`);
    writeFileSync(join(cwd, "deep.yaml"), `${"[".repeat(depth)}${"]".repeat(depth)}`);
    const batch = await runInProcess(["generate", "report", "--batch", "deep.json", "-o", "out", "--lang", "en"], {
      cwd,
    });
    expect(batch.status).toBe(1);
    expect(batch.stdout).toContain("the record nests more than 64 levels deep; not read");
    const validate = await runInProcess(["validate", "report", "deep.json", "deep.yaml"], { cwd });
    expect(validate.status).toBe(2);
    expect(validate.stderr).toContain("deep.yaml: lỗi cli.syntax");
  });

  it("never exits 70 on arbitrary bytes as a JSON, YAML, JSON Lines or CSV file", async () => {
    const cwd = tempFolder();
    const pieces = fc.constantFrom('"', ",", ":", "- ", "&a ", "*a", "[", "{", "}", "\n", "---", "é", "2020", "year");
    const files = fc.sample(
      fc.tuple(
        fc.oneof(
          fc.uint8Array({ maxLength: 300 }),
          fc.array(pieces, { maxLength: 80 }).map((parts) => new TextEncoder().encode(parts.join(""))),
        ),
        fc.constantFrom("json", "yaml", "jsonl", "csv"),
      ),
      { numRuns: 24, seed: 20201001 },
    );
    const names = files.map(([bytes, extension], index) => {
      const name = `f${index}.${extension}`;
      writeFileSync(join(cwd, name), bytes);
      return name;
    });
    const runs = await Promise.all([
      ...names.map((name) => runInProcess(["validate", "report", name], { cwd })),
      runInProcess(["validate", "plan", ...names], { cwd }),
    ]);
    for (const run of runs) {
      expect([0, 1, 2]).toContain(run.status);
      expect(run.stderr).not.toContain("lỗi nội bộ");
    }
  });
});
