import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { samplePlan2020, sampleReport2020 } from "@xhht/domain";
import { describe, expect, it } from "vitest";
import { csvRow, reportOf, writeReportsCsv } from "../testing/fixtures.ts";
import { runInProcess } from "../testing/runInProcess.ts";
import { tempFolder } from "../testing/runXhht.ts";

describe.concurrent("xhht validate", () => {
  const cwd = tempFolder();
  writeFileSync(join(cwd, "report.json"), JSON.stringify(sampleReport2020, null, 2));
  writeFileSync(join(cwd, "plan.json"), JSON.stringify(samplePlan2020, null, 2));
  const broken = reportOf("36") as Record<string, unknown> & { activities: { code: string }[] };
  broken.activities[1]!.code = "communication.bannerz";
  writeFileSync(join(cwd, "broken.json"), JSON.stringify(broken, null, 2));
  writeReportsCsv(cwd, "reports.csv", [
    csvRow("36"),
    csvRow("01"),
    csvRow("79", { "opening-ceremony:participants": "nhiều" }),
    csvRow("48", { submittedAt: "2020-11-03T10:00:00+07:00" }),
  ]);

  it("passes the samples, exit 0", async () => {
    const report = await runInProcess(["validate", "report", "report.json"], { cwd });
    expect(report.status).toBe(0);
    expect(report.stdout).toContain("✔ provincial-report: 1 bản ghi trong 1 tệp, không có lỗi");
    const plan = await runInProcess(["validate", "provincial-plan", "plan.json", "--lang", "en"], { cwd });
    expect(plan.stdout).toContain("✔ provincial-plan: 1 records in 1 files, no errors");
    expect(plan.status).toBe(0);
  });

  it("prints an error with its file, line, column, field, rule id and message, exit 1", async () => {
    const run = await runInProcess(["validate", "report", "broken.json", "--lang", "en"], { cwd });
    expect(run.status).toBe(1);
    const line =
      readFileSync(join(cwd, "broken.json"), "utf8")
        .split("\n")
        .findIndex((text) => text.includes("bannerz")) + 1;
    expect(run.stdout).toContain(`broken.json:${line}:7: error report.activity-unknown «Activity 2 › Code»`);
    expect(run.stdout).toContain("«communication.bannerz»");
  });

  it("reads one report per CSV row and names the row's line and column", async () => {
    const run = await runInProcess(["validate", "report", "reports.csv"], { cwd });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      "reports.csv:4:12: lỗi schema.invalid-type «Hoạt động thứ 2 › Chỉ số › Số người tham gia» (cột «opening-ceremony:participants») [bản ghi 3]",
    );
    expect(run.stdout).toContain(
      "reports.csv:5:10: cảnh báo report.late «Thời điểm gửi báo cáo» (cột «submittedAt») [bản ghi 4]",
    );
    expect(run.stdout).toContain("4 bản ghi trong 1 tệp; 1 lỗi, 1 cảnh báo");
  });

  it("gives machines JSON that parses back, with every issue located", async () => {
    const run = await runInProcess(["validate", "report", "reports.csv", "broken.json", "--format", "json"], { cwd });
    expect(run.status).toBe(1);
    const output = JSON.parse(run.stdout);
    expect(output).toMatchObject({
      ok: false,
      kind: "provincial-report",
      summary: { files: 2, records: 5, errors: 2 },
    });
    expect(output.issues).toContainEqual(
      expect.objectContaining({
        file: "reports.csv",
        line: 4,
        field: "opening-ceremony:participants",
        record: 3,
        code: "schema.invalid-type",
        severity: "error",
        path: ["activities", 1, "measures", "participants"],
        label: "Hoạt động thứ 2 › Chỉ số › Số người tham gia",
      }),
    );
    expect(output.issues.every((issue: { file: string; line: number }) => issue.file && issue.line > 0)).toBe(true);
  });

  it("names each field as an official reads it, in the language of --lang, and keeps the path for programs", async () => {
    const vi = await runInProcess(["validate", "report", "reports.csv"], { cwd });
    const en = await runInProcess(["validate", "report", "reports.csv", "--lang", "en"], { cwd });
    expect(vi.stdout).toContain("lỗi schema.invalid-type «Hoạt động thứ 2 › Chỉ số › Số người tham gia»");
    expect(en.stdout).toContain("error schema.invalid-type «Activity 2 › Measures › Participants»");
    expect(en.stdout).toContain("warning report.late «Time the report was sent»");
    expect(`${vi.stdout}${en.stdout}`).not.toContain("activities.1.measures.participants");
    const json = await runInProcess(["validate", "report", "broken.json", "--format", "json", "--lang", "en"], { cwd });
    expect(JSON.parse(json.stdout).issues).toContainEqual(
      expect.objectContaining({
        code: "report.activity-unknown",
        path: ["activities", 1, "code"],
        label: "Activity 2 › Code",
      }),
    );
  });

  it("reads YAML, and says how to keep a province code's leading zero", async () => {
    writeFileSync(
      join(cwd, "report.yaml"),
      `${JSON.stringify({ ...sampleReport2020, province: "PLACEHOLDER" }, null, 2).replace('"PLACEHOLDER"', "01")}\n`,
    );
    const run = await runInProcess(["validate", "report", "report.yaml"], { cwd });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("report.yaml:4:3: lỗi schema.invalid-type «Mã tỉnh, thành phố»");
    expect(run.stdout).toContain('"01"');
  });

  it("reports a file that is not well-formed with its line and how to fix it, checks the others, exit 2", async () => {
    writeFileSync(join(cwd, "syntax.json"), '{\n  "year": 2020,\n  "province": "36"\n  "issuer": "x"\n}\n');
    const run = await runInProcess(["validate", "report", "syntax.json", "report.json"], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/syntax\.json:4:\d+: lỗi cli\.syntax/u);
    expect(run.stderr).toContain("cách sửa:");
    expect(run.stdout).toContain("1 bản ghi trong 2 tệp");
  });

  it("exits 2 for a file that does not exist, an unknown kind, or CSV for a kind that is not a report", async () => {
    const missing = await runInProcess(["validate", "report", "nope.json"], { cwd });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("nope.json: lỗi cli.unreadable");
    const kind = await runInProcess(["validate", "reprot", "report.json", "--lang", "en"], { cwd });
    expect(kind.status).toBe(2);
    expect(kind.stderr).toContain("no kind of data «reprot»");
    expect(kind.stderr).toContain("provincial-report (report)");
    const csv = await runInProcess(["validate", "plan", "reports.csv"], { cwd });
    expect(csv.status).toBe(2);
    expect(csv.stderr).toContain("CSV chỉ dùng cho báo cáo");
  });

  it("refuses a CSV column it does not know, naming it", async () => {
    writeFileSync(join(cwd, "columns.csv"), "year,province,nguoi-tham-gia\n2020,36,5\n");
    const run = await runInProcess(["validate", "report", "columns.csv"], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("columns.csv:1: lỗi cli.format");
    expect(run.stderr).toContain("«nguoi-tham-gia» (cột thứ 3");
  });

  it("never modifies its input files", async () => {
    const file = join(cwd, "reports.csv");
    const before = { bytes: readFileSync(file), mtime: statSync(file).mtimeMs };
    await runInProcess(["validate", "report", "reports.csv"], { cwd });
    expect(readFileSync(file)).toEqual(before.bytes);
    expect(statSync(file).mtimeMs).toBe(before.mtime);
  });
  it("reads submittedAt of a CSV row by the SDK's one instant grammar: no offset, no colon in it, hour 24 are refused where they are", async () => {
    const folder = tempFolder();
    const moments = [
      "2020-10-27 09:15",
      "2020-10-27T09:15:00+0700",
      "2020-10-27T24:00:00+07:00",
      "2020-10-27T09:15:00+07:00",
    ];
    writeReportsCsv(
      folder,
      "moments.csv",
      moments.map((submittedAt, index) => csvRow(["01", "02", "04", "06"][index] ?? "01", { submittedAt })),
    );
    const run = await runInProcess(["validate", "report", "moments.csv", "--format", "json"], { cwd: folder });
    expect(run.status).toBe(1);
    const refused = JSON.parse(run.stdout).issues.filter(
      (issue: { path: string[] }) => issue.path[0] === "submittedAt",
    );
    expect(
      refused.map(
        (issue: { line: number; column: number; field: string }) => `${issue.line}:${issue.column}:${issue.field}`,
      ),
    ).toEqual(["2:10:submittedAt", "3:10:submittedAt", "4:10:submittedAt"]);
  });
});
