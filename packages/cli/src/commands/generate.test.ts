import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sampleInvitation2020, samplePlan2020, sampleReport2020, sampleSubmission2020 } from "@xhht/domain";
import { readDocxText } from "@xhht/templates";
import { describe, expect, it } from "vitest";
import { csvRow, reportOf, writeReportsCsv } from "../testing/fixtures.ts";
import { runInProcess } from "../testing/runInProcess.ts";
import { runXhht, tempFolder } from "../testing/runXhht.ts";

describe.concurrent("xhht generate", () => {
  const cwd = tempFolder();
  writeFileSync(join(cwd, "report.json"), JSON.stringify(sampleReport2020, null, 2));
  writeFileSync(join(cwd, "plan.yaml"), JSON.stringify(samplePlan2020, null, 2));
  writeFileSync(join(cwd, "invitation.json"), JSON.stringify(sampleInvitation2020));
  writeFileSync(join(cwd, "submission.json"), JSON.stringify(sampleSubmission2020, null, 2));

  it("writes one document from one record, exit 0", async () => {
    mkdirSync(join(cwd, "docs"), { recursive: true });
    const run = await runInProcess(["generate", "report", "report.json", "-o", "docs/report-36.docx"], { cwd });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/✔ đã ghi docs\/report-36\.docx \([\d.]+ byte\)/u);
    const text = readDocxText(readFileSync(join(cwd, "docs/report-36.docx")));
    expect(text).toContain("Số: 215/BC-SGDĐT");
  });

  it("names the document after its input when -o is left out, for YAML too", async () => {
    const run = await runInProcess(["generate", "provincial-plan", "plan.yaml"], { cwd });
    expect(run.status).toBe(0);
    expect(existsSync(join(cwd, "plan.docx"))).toBe(true);
    const invitation = await runInProcess(["generate", "invitation", "invitation.json", "-o", "invitation-out.docx"], {
      cwd,
    });
    expect(invitation.status).toBe(0);
  });

  it("writes a submission (tờ trình) with its estimate as the appendix, and refuses one numbered without «TTr»", async () => {
    const run = await runInProcess(["generate", "submission", "submission.json", "-o", "submission-out.docx"], { cwd });
    expect(run.status).toBe(0);
    const text = readDocxText(readFileSync(join(cwd, "submission-out.docx")));
    expect(text).toEqual(expect.arrayContaining(["Số: 14/TTr-SGDĐT", "TỜ TRÌNH", "Phụ lục"]));
    writeFileSync(join(cwd, "invented.json"), JSON.stringify({ ...sampleSubmission2020, symbol: "DT-SGDĐT" }, null, 2));
    const invented = await runInProcess(["generate", "submission", "invented.json", "--lang", "en"], { cwd });
    expect(invented.status).toBe(1);
    expect(invented.stdout).toContain("error submission.symbol-type «Document symbol»");
    expect(existsSync(join(cwd, "invented.docx"))).toBe(false);
    const validate = await runInProcess(["validate", "submission", "submission.json"], { cwd });
    expect(validate.status).toBe(0);
  });

  it("refuses a record with errors, printing them where they are, and writes nothing, exit 1", async () => {
    const broken = reportOf("99");
    writeFileSync(join(cwd, "broken.json"), JSON.stringify(broken, null, 2));
    const run = await runInProcess(["generate", "report", "broken.json", "-o", "broken.docx", "--lang", "en"], { cwd });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("broken.json:4:3: error province.unknown «Province code»");
    expect(existsSync(join(cwd, "broken.docx"))).toBe(false);
  });

  it("exits 2 on bad usage: an unknown template, both or neither of <input> and --batch, a list for one document", async () => {
    const template = await runInProcess(["generate", "reprot", "report.json"], { cwd });
    expect(template.status).toBe(2);
    expect(template.stderr).toContain("không có mẫu văn bản «reprot»");
    const both = await runInProcess(["generate", "report", "report.json", "--batch", "."], { cwd });
    expect(both.status).toBe(2);
    const neither = await runInProcess(["generate", "report"], { cwd });
    expect(neither.status).toBe(2);
    writeFileSync(join(cwd, "two.json"), JSON.stringify([sampleReport2020, sampleReport2020]));
    const list = await runInProcess(["generate", "report", "two.json", "--lang", "en"], { cwd });
    expect(list.status).toBe(2);
    expect(list.stderr).toContain("xhht generate provincial-report --batch two.json");
  });

  // A batch that renders runs on worker threads loading the built batchWorker.js: the built binary runs these three,
  // the last but one with its output on pipes, as a user's script would.
  it("batch: a broken record in the middle is reported with its file and line, every other record is written, exit 1", async () => {
    const folder = tempFolder();
    const provinces = ["01", "02", "04", "06", "08", "10", "11", "12", "14"];
    writeReportsCsv(
      folder,
      "reports.csv",
      provinces.map((code, index) => (index === 4 ? csvRow(code, { date: "2020-02-30" }) : csvRow(code))),
    );
    const run = await runXhht(["generate", "report", "--batch", "reports.csv", "-o", "out", "--workers", "3"], {
      cwd: folder,
    });
    expect(run.status).toBe(1);
    const written = readdirSync(join(folder, "out")).sort();
    expect(written).toEqual(
      ["reports-1", "reports-2", "reports-3", "reports-4", "reports-6", "reports-7", "reports-8", "reports-9"].map(
        (name) => `${name}.docx`,
      ),
    );
    expect(run.stdout).toContain("✖ reports.csv:6: không tạo được văn bản");
    expect(run.stdout).toContain("reports.csv:6:8: lỗi");
    expect(run.stdout).toContain("«Ngày ban hành» (cột «date») [bản ghi 5]");
    expect(run.stdout).toContain("Tổng cộng 9 bản ghi: đã ghi 8 văn bản vào out, lỗi 1");
    expect(run.stdout).toContain("Bản ghi lỗi: reports.csv:6");
    const text = readDocxText(readFileSync(join(folder, "out", "reports-9.docx")));
    expect(text).toContain("Số: 215/BC-SGDĐT");
  });

  it("batch without a terminal prints one plain progress line per record, no progress bar", async () => {
    const folder = tempFolder();
    writeReportsCsv(folder, "reports.csv", [csvRow("01"), csvRow("02"), csvRow("04")]);
    const run = await runXhht(["generate", "report", "--batch", "reports.csv", "-o", "docs"], { cwd: folder });
    expect(run.status).toBe(0);
    const lines = run.stdout.split("\n").filter((line) => /^\[\d+\/3\] /u.test(line));
    expect(lines).toHaveLength(3);
    expect(lines.map((line) => line.slice(0, 6)).sort()).toEqual(["[1/3] ", "[2/3] ", "[3/3] "]);
    expect(run.stdout).toMatch(/\[\d\/3\] ✔ reports\.csv:3 → docs\/reports-2\.docx/u);
    const esc = String.fromCharCode(27);
    expect(run.stdout + run.stderr).not.toContain(`${esc}[`);
    expect(run.stdout + run.stderr).not.toMatch(/[█░]/u);
  });

  it("batch over a folder: a JSON Lines line that is not JSON and a YAML document that is broken lose only themselves", async () => {
    const folder = tempFolder();
    const inputs = join(folder, "in");
    mkdirSync(inputs);
    const lines = [reportOf("01"), reportOf("02"), reportOf("04")].map((report) => JSON.stringify(report));
    writeFileSync(join(inputs, "a.jsonl"), `${lines[0]}\n${lines[1]!.slice(0, 40)}\n${lines[2]}\n`);
    writeFileSync(
      join(inputs, "b.yaml"),
      `${JSON.stringify(reportOf("06"))}\n---\nyear: [2020\n---\n${JSON.stringify(reportOf("08"))}\n`,
    );
    writeFileSync(join(inputs, "c.json"), JSON.stringify(reportOf("10")));
    const run = await runXhht(["generate", "report", "--batch", "in", "-o", "out", "--format", "json"], {
      cwd: folder,
    });
    expect(run.status).toBe(1);
    const output = JSON.parse(run.stdout);
    expect(output.summary).toMatchObject({ total: 7, written: 5, failed: 2 });
    const failed = output.results.filter((result: { ok: boolean }) => !result.ok);
    expect(failed.map((result: { file: string; line: number }) => `${result.file}:${result.line}`)).toEqual([
      join("in", "a.jsonl:2"),
      join("in", "b.yaml:3"),
    ]);
    expect(readdirSync(join(folder, "out")).sort()).toEqual(["a-1.docx", "a-3.docx", "b-1.docx", "b-3.docx", "c.docx"]);
  });
});
