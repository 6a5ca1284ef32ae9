import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runInProcess } from "../testing/runInProcess.ts";
import { tempFolder } from "../testing/runXhht.ts";

describe.concurrent("xhht week, holidays, workdays", () => {
  const cwd = tempFolder();

  it("week prints the 2020 timeline with Vietnamese labels", async () => {
    const run = await runInProcess(["week", "2020"], { cwd });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("01/10/2020  thứ Năm   Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2020");
    expect(run.stdout).toContain("29/10/2020  thứ Năm   Hạn cuối gửi báo cáo kết quả Tuần lễ năm 2020");
  });

  it("week marks a year without a letter as provisional, and gives JSON", async () => {
    const run = await runInProcess(["week", "2026", "--format", "json", "--lang", "en"], { cwd });
    expect(run.status).toBe(0);
    const milestones = JSON.parse(run.stdout);
    expect(milestones[0]).toMatchObject({
      kind: "opening",
      date: "2026-10-01",
      provisional: true,
      weekday: "Thursday",
    });
    expect(milestones[0].text).toBe("Opening ceremony of the 2026 Lifelong Learning Week");
  });

  it("week --ics writes an iCalendar file with translated summaries", async () => {
    const run = await runInProcess(["week", "2020", "--ics", "week.ics", "--lang", "en"], { cwd });
    expect(run.status).toBe(0);
    const ics = readFileSync(join(cwd, "week.ics"), "utf8");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics).toContain("SUMMARY:Opening ceremony of the 2020 Lifelong Learning Week");
    expect(ics).toContain("DTSTART;VALUE=DATE:20201001");
  });

  it("week exits 2 on a year that is not one or that the calendar does not know", async () => {
    const text = await runInProcess(["week", "năm nay"], { cwd });
    expect(text.status).toBe(2);
    expect(text.stderr).toContain("năm không hợp lệ");
    const early = await runInProcess(["week", "1990"], { cwd });
    expect(early.status).toBe(2);
    expect(early.stderr).not.toMatch(/^\s+at /mu);
  });

  it("holidays lists Tết and the nghỉ bù of 2025, in JSON too", async () => {
    const run = await runInProcess(["holidays", "2025"], { cwd });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Tết");
    const json = JSON.parse((await runInProcess(["holidays", "2025", "--format", "json"], { cwd })).stdout);
    expect(json.holidays.map((day: { date: string }) => day.date)).toContain("2025-01-29");
  });

  it("workdays counts the working days, the first date excluded and the last included", async () => {
    const run = await runInProcess(["workdays", "2020-10-01", "2020-10-08", "--format", "json"], { cwd });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ from: "2020-10-01", to: "2020-10-08", workingDays: 5 });
    const text = await runInProcess(["workdays", "2021-08-31", "2021-09-06"], { cwd });
    expect(text.stdout).toContain("2 ngày làm việc");
    expect(text.stdout).toContain("02/09/2021");
  });

  it("workdays exits 2 on a date that does not exist", async () => {
    const run = await runInProcess(["workdays", "2021-02-29", "2021-03-05"], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("«2021-02-29»");
    expect(run.stderr).toContain("YYYY-MM-DD");
  });
});

describe.concurrent("xhht schema and demo", () => {
  it("schema lists the entities, prints one, writes them all", async () => {
    const cwd = tempFolder();
    const list = await runInProcess(["schema"], { cwd });
    expect(list.status).toBe(0);
    expect(list.stdout).toContain("  provincial-report");
    const one = await runInProcess(["schema", "report"], { cwd });
    expect(JSON.parse(one.stdout).$id).toBe("urn:xhht:schema:provincial-report");
    const all = await runInProcess(["schema", "-o", "schemas"], { cwd });
    expect(all.status).toBe(0);
    expect(readdirSync(join(cwd, "schemas"))).toContain("provincial-plan.json");
    const unknown = await runInProcess(["schema", "reprot"], { cwd });
    expect(unknown.status).toBe(2);
  });

  it("demo writes the 2020 letter and the SAMPLE documents into ./out of the directory it was started from", async () => {
    const cwd = tempFolder();
    const started = tempFolder();
    const run = await runInProcess(["demo"], { cwd, env: { INIT_CWD: started } });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("thứ Năm, 01/10/2020: Lễ khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2020");
    expect(run.stdout).toContain("[MẪU/SAMPLE]");
    const files = readdirSync(join(started, "out")).sort();
    expect(files).toEqual([
      "3589-BGDDT-GDTX-2020.docx",
      "SAMPLE-2020-committee-decision.docx",
      "SAMPLE-2020-forwarding-letter.docx",
      "SAMPLE-2020-invitation.docx",
      "SAMPLE-2020-national-summary.docx",
      "SAMPLE-2020-plan.docx",
      "SAMPLE-2020-report.docx",
      "SAMPLE-2020-submission.docx",
    ]);
    const lint = await runInProcess(["lint", ...files.map((file) => join(started, "out", file))], { cwd });
    expect(lint.status).toBe(0);
  });
});
