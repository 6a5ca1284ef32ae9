import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readDocxText } from "@xhht/templates";
import { describe, expect, it } from "vitest";
import { csvRow, reportOf, writeReportsCsv } from "../testing/fixtures.ts";
import { runInProcess } from "../testing/runInProcess.ts";
import { tempFolder } from "../testing/runXhht.ts";

describe.concurrent("xhht summarize", () => {
  const cwd = tempFolder();
  writeReportsCsv(cwd, "reports.csv", [
    csvRow("36"),
    csvRow("01", { submittedAt: "2020-11-02T08:00:00+07:00" }),
    csvRow("79", { year: "hai nghìn" }),
  ]);
  writeFileSync(
    join(cwd, "more.json"),
    JSON.stringify([reportOf("48"), reportOf("36", "2020-10-28T09:00:00+07:00")], null, 2),
  );

  it("lists the late and the missing provinces and every refused report with its file and line, exit 1", async () => {
    const run = await runInProcess(["summarize", "reports.csv", "more.json", "--year", "2020"], { cwd });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      "Tổng hợp Tuần lễ năm 2020: 3/63 tỉnh, thành phố có báo cáo hợp lệ (đã đọc 5 bản ghi)",
    );
    expect(run.stdout).toContain("Báo cáo muộn: 1");
    expect(run.stdout).toMatch(/- Thành phố Hà Nội \(01\): muộn 4 ngày — reports\.csv:3/u);
    expect(run.stdout).toContain("Chưa báo cáo: 60");
    expect(run.stdout).toContain("Tỉnh Hà Giang (02)");
    expect(run.stdout).toContain("reports.csv:4:1: lỗi schema.invalid-type «Năm» (cột «year») [bản ghi 3]");
    expect(run.stdout).toContain("lỗi summary.duplicate «Mã tỉnh, thành phố» [bản ghi 2]");
    expect(run.stdout).toContain("reports.csv:2");
  });

  it("writes the summary as JSON that parses back, with each input's source", async () => {
    const run = await runInProcess(
      ["summarize", "reports.csv", "--year", "2020", "-o", "summary.json", "--lang", "en"],
      {
        cwd,
      },
    );
    expect(run.status).toBe(1);
    const summary = JSON.parse(readFileSync(join(cwd, "summary.json"), "utf8"));
    expect(summary.year).toBe(2020);
    expect(summary.rows.map((row: { province: string }) => row.province)).toEqual(["01", "36"]);
    expect(summary.late).toEqual([{ index: 1, province: "01", daysLate: 4 }]);
    expect(summary.missing).toHaveLength(61);
    expect(summary.sources[2]).toEqual({ file: "reports.csv", line: 4, record: 3 });
  });

  it("writes the national summary report as .docx (the 2020 sample fields, said to be a sample), exit 0 when all are valid", async () => {
    const folder = tempFolder();
    writeReportsCsv(folder, "ok.csv", [csvRow("36"), csvRow("01")]);
    const run = await runInProcess(["summarize", "ok.csv", "--year", "2020", "-o", "summary.docx"], { cwd: folder });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("MẪU (SAMPLE)");
    const text = readDocxText(readFileSync(join(folder, "summary.docx"))).join("\n");
    expect(text).toContain("Hà Giang");
  });

  it("exits 2 without --year, with a year that is not one, or an output it cannot write", async () => {
    const missing = await runInProcess(["summarize", "reports.csv"], { cwd });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("--year");
    const year = await runInProcess(["summarize", "reports.csv", "--year", "20"], { cwd });
    expect(year.status).toBe(2);
    const format = await runInProcess(["summarize", "reports.csv", "--year", "2020", "-o", "summary.pdf"], { cwd });
    expect(format.status).toBe(2);
    const meta = await runInProcess(["summarize", "reports.csv", "--year", "2021", "-o", "summary.docx"], { cwd });
    expect(meta.status).toBe(2);
    expect(meta.stderr).toContain("--meta");
  });
});
