import { execFileSync } from "node:child_process";
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sampleReport2020 } from "@xhht/domain";
import { describe, expect, it } from "vitest";
import { csvRow, writeReportsCsv } from "../testing/fixtures.ts";
import { runInProcess } from "../testing/runInProcess.ts";
import { runXhht, tempFolder } from "../testing/runXhht.ts";

/** A folder with `in/r.json` (the sample report) and `reports.csv` (three rows). */
const workspace = () => {
  const cwd = tempFolder();
  mkdirSync(join(cwd, "in"));
  writeFileSync(join(cwd, "in", "r.json"), JSON.stringify(sampleReport2020, null, 2));
  writeReportsCsv(cwd, "reports.csv", [csvRow("01"), csvRow("02"), csvRow("04")]);
  return cwd;
};

describe.concurrent("xhht never writes over an input", () => {
  it("refuses -o naming an input, a symbolic link to one or a hard link to one, even with --force, exit 2", async () => {
    const cwd = workspace();
    const before = readFileSync(join(cwd, "in", "r.json"));
    symlinkSync(join("in", "r.json"), join(cwd, "link.json"));
    linkSync(join(cwd, "in", "r.json"), join(cwd, "hard.json"));
    for (const out of ["in/r.json", "link.json", "hard.json"]) {
      for (const force of [[], ["--force"]]) {
        const run = await runInProcess(["summarize", "in", "--year", "2020", "-o", out, ...force, "--lang", "en"], {
          cwd,
        });
        expect(run.status).toBe(2);
        expect(run.stderr).toContain(`xhht: ${out}: error cli.output\n    will not write over an input file`);
      }
    }
    const docx = await runInProcess(["generate", "report", "link.json", "-o", "in/r.json", "--force"], { cwd });
    expect(docx.status).toBe(2);
    expect(readFileSync(join(cwd, "in", "r.json"))).toEqual(before);
  });

  it("refuses a batch whose document would land on one of its inputs", async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, "in", "r.docx.json"), "{}");
    symlinkSync("r.json", join(cwd, "in", "r.docx"));
    const run = await runInProcess(["generate", "report", "--batch", "in/r.json", "-o", "in", "--force"], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("không ghi đè lên tệp dữ liệu vào");
    expect(JSON.parse(readFileSync(join(cwd, "in", "r.json"), "utf8")).province).toBe(sampleReport2020.province);
  });
});

describe.concurrent("xhht refuses an existing output file unless --force", () => {
  it("generate: exit 2 and the file untouched; the same bytes are left as is; --force replaces", async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, "r.docx"), "mine");
    const refused = await runInProcess(["generate", "report", "in/r.json", "-o", "r.docx", "--lang", "en"], { cwd });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(
      "xhht: r.docx: error cli.exists\n    already exists with other content; not overwritten",
    );
    expect(refused.stderr).toContain("--force");
    expect(readFileSync(join(cwd, "r.docx"), "utf8")).toBe("mine");
    const forced = await runInProcess(["generate", "report", "in/r.json", "-o", "r.docx", "--force"], { cwd });
    expect(forced.status).toBe(0);
    expect(readFileSync(join(cwd, "r.docx")).subarray(0, 2).toString()).toBe("PK");
    const again = await runInProcess(["generate", "report", "in/r.json", "-o", "r.docx"], { cwd });
    expect(again.status).toBe(0);
    expect(again.stdout).toContain("r.docx đã có đúng nội dung này, giữ nguyên");
  });

  it("summarize, week --ics: the same rule", async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, "s.json"), "old");
    writeFileSync(join(cwd, "w.ics"), "old");
    const summary = await runInProcess(["summarize", "reports.csv", "--year", "2020", "-o", "s.json"], { cwd });
    expect(summary.status).toBe(2);
    const week = await runInProcess(["week", "2020", "--ics", "w.ics"], { cwd });
    expect(week.status).toBe(2);
    expect(readFileSync(join(cwd, "s.json"), "utf8") + readFileSync(join(cwd, "w.ics"), "utf8")).toBe("oldold");
    expect((await runInProcess(["week", "2020", "--ics", "w.ics", "--force"], { cwd })).status).toBe(0);
    expect(readFileSync(join(cwd, "w.ics"), "utf8")).toContain("BEGIN:VCALENDAR");
  });

  it("schema and demo write all or nothing: one file of other content stops them before any is written", async () => {
    const cwd = workspace();
    mkdirSync(join(cwd, "schemas"));
    writeFileSync(join(cwd, "schemas", "directive.json"), "mine");
    const schema = await runInProcess(["schema", "-o", "schemas", "--lang", "en"], { cwd });
    expect(schema.status).toBe(2);
    expect(schema.stderr).toContain("1 output files already exist with other content; nothing was written");
    expect(readdirSync(join(cwd, "schemas"))).toEqual(["directive.json"]);
    expect((await runInProcess(["schema", "-o", "schemas", "--force"], { cwd })).status).toBe(0);
    const first = await runInProcess(["demo", "-o", "demo"], { cwd });
    expect(first.status).toBe(0);
    const second = await runInProcess(["demo", "-o", "demo"], { cwd });
    expect(second.status).toBe(0);
    writeFileSync(join(cwd, "demo", "SAMPLE-2020-plan.docx"), "edited");
    const third = await runInProcess(["demo", "-o", "demo"], { cwd });
    expect(third.status).toBe(2);
    expect(readFileSync(join(cwd, "demo", "SAMPLE-2020-plan.docx"), "utf8")).toBe("edited");
  });

  // A batch that renders runs on worker threads loading the built batchWorker.js: the built binary runs it.
  it("batch: an existing document of other content is reported with its record and kept; the others are written, exit 1", async () => {
    const cwd = workspace();
    mkdirSync(join(cwd, "out"));
    writeFileSync(join(cwd, "out", "reports-2.docx"), "mine");
    const run = await runXhht(["generate", "report", "--batch", "reports.csv", "-o", "out", "--lang", "en"], { cwd });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("✖ reports.csv:3: no document produced");
    expect(run.stdout).toContain(
      "out/reports-2.docx already exists with other content: not overwritten (--force replaces it)",
    );
    expect(readFileSync(join(cwd, "out", "reports-2.docx"), "utf8")).toBe("mine");
    expect(readdirSync(join(cwd, "out")).sort()).toEqual(["reports-1.docx", "reports-2.docx", "reports-3.docx"]);
    const rerun = await runXhht(["generate", "report", "--batch", "reports.csv", "-o", "out", "--force"], { cwd });
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toContain("(giữ nguyên, đã đúng nội dung)");
    expect(
      readFileSync(join(cwd, "out", "reports-2.docx"))
        .subarray(0, 2)
        .toString(),
    ).toBe("PK");
  });
});

describe.concurrent("xhht fails fast on an output path it cannot use, exit 2", () => {
  const cwd = workspace();

  it.each([
    ["/proc/x.docx", "ENOENT"],
    ["missing/x.docx", "không có"],
    ["in", "đây là một thư mục, không phải tệp"],
    ["reports.csv/x.docx", "là một tệp, không phải thư mục"],
  ])("generate -o %s", async (out, message) => {
    const run = await runInProcess(["generate", "report", "in/r.json", "-o", out], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(existsSync(join(cwd, "missing"))).toBe(false);
  });

  it("a batch into /proc, a folder whose parent is missing, a file; a .ics into a FIFO; in well under the time of a render", async () => {
    const started = performance.now();
    for (const out of ["/proc/x", "a/b/c", "reports.csv"]) {
      const run = await runInProcess(["generate", "report", "--batch", "reports.csv", "-o", out], { cwd });
      expect(run.status).toBe(2);
    }
    execFileSync("mkfifo", [join(cwd, "fifo")]);
    const fifo = await runInProcess(["week", "2020", "--ics", "fifo", "--force"], { cwd });
    expect(fifo.status).toBe(2);
    expect(fifo.stderr).toContain("không phải tệp thường");
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it("a folder no one may write into, root included", async () => {
    const run = await runInProcess(["summarize", "reports.csv", "--year", "2020", "-o", "/sys/s.json"], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/EACCES|EPERM|EROFS/);
    expect(existsSync("/sys/s.json")).toBe(false);
  });
});
