import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readDocxText } from "@xhht/templates";
import { describe, expect, it } from "vitest";
import { runInProcess } from "../testing/runInProcess.ts";
import { tempFolder } from "../testing/runXhht.ts";

const header = [
  "year",
  "province",
  "commune",
  "issuer",
  "symbol",
  "place",
  "date",
  "subject",
  "submittedAt",
  "recipients",
  "opening-ceremony:participants",
  "internet-skills.training:learners",
  "examples",
  "budgetSpent",
  "signature.title",
  "signature.name",
  "copies",
];

/** A row of the 2025 report of a commune of Hà Nội (`commune` empty: the province's own report). */
const communeRow = (commune: string, overrides: Readonly<Record<string, string>> = {}): string => {
  const cells: Record<string, string> = {
    year: "2025",
    province: "01",
    commune,
    issuer: "TRUNG TÂM HỌC TẬP CỘNG ĐỒNG",
    symbol: "BC-TTHTCĐ",
    place: "Hà Nội",
    date: "2025-10-15",
    subject: "Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2025",
    submittedAt: "2025-10-16T09:00:00+07:00",
    recipients: "Sở Giáo dục và Đào tạo",
    "opening-ceremony:participants": "450",
    "internet-skills.training:learners": "2.140",
    examples: "27",
    budgetSpent: "12.500.000",
    "signature.title": "GIÁM ĐỐC",
    "signature.name": "Nguyễn Văn B",
    copies: "Như trên | Lưu: VT, TTHTCĐ",
    ...overrides,
  };
  return header.map((name) => (/[",\n]/u.test(cells[name] ?? "") ? `"${cells[name]}"` : (cells[name] ?? ""))).join(",");
};

const writeCsv = (folder: string, name: string, rows: readonly string[]) =>
  writeFileSync(join(folder, name), `${header.join(",")}\n${rows.join("\n")}\n`);

describe.concurrent("xhht summarize --level commune", () => {
  const cwd = tempFolder();
  writeCsv(cwd, "communes.csv", [
    communeRow("00004"),
    communeRow("00008", { "opening-ceremony:participants": "1.000" }),
  ]);
  writeCsv(cwd, "mixed.csv", [communeRow("00004"), communeRow(""), communeRow("00008")]);

  it("sums a province's communes and lists the communes that have not reported", async () => {
    const run = await runInProcess(
      ["summarize", "communes.csv", "--year", "2025", "--level", "commune", "--province", "Hà Nội", "--lang", "en"],
      { cwd },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      "The 2025 Week in Thành phố Hà Nội: 2/126 communes with a valid report (2 records read)",
    );
    expect(run.stdout).toContain("Not reported: 124");
    expect(run.stdout).toContain("Phường Giảng Võ (00025)");
    expect(run.stdout).not.toContain("Phường Ba Đình (00004)");
    expect(run.stdout).toMatch(/Participants.*: 1,450/u);
  });

  it("reads --province as a code, and writes the summary as JSON with the communes missing", async () => {
    const run = await runInProcess(
      ["summarize", "communes.csv", "--year", "2025", "--level", "commune", "--province", "01", "-o", "communes.json"],
      { cwd },
    );
    expect(run.status).toBe(0);
    const summary = JSON.parse(readFileSync(join(cwd, "communes.json"), "utf8"));
    expect(summary.level).toBe("commune");
    expect(summary.expected).toBe(126);
    expect(summary.rows.map((row: { commune: string; name: string }) => [row.commune, row.name])).toEqual([
      ["00004", "Phường Ba Đình"],
      ["00008", "Phường Ngọc Hà"],
    ]);
    expect(summary.missing).toContainEqual({ province: "01", commune: "00025", name: "Phường Giảng Võ" });
  });

  it("refuses a province's own report among the communes' (summary.level-mismatch), listed with its line", async () => {
    const run = await runInProcess(
      ["summarize", "mixed.csv", "--year", "2025", "--level", "commune", "--province", "01"],
      { cwd },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("2/126 xã, phường, đặc khu có báo cáo hợp lệ (đã đọc 3 bản ghi)");
    expect(run.stdout).toMatch(/mixed\.csv:3\S*: lỗi summary\.level-mismatch/u);
    expect(run.stdout).toContain(
      "Không được tính (không hợp lệ, khác năm, không phải báo cáo của xã hoặc trùng xã): 1",
    );
  });

  it("writes the province's summary of its communes as .docx, worded as communes", async () => {
    writeFileSync(
      join(cwd, "meta.json"),
      JSON.stringify({
        year: 2025,
        issuer: "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
        issuerName: "Sở Giáo dục và Đào tạo",
        parentBody: "UBND THÀNH PHỐ HÀ NỘI",
        number: 88,
        symbol: "BC-SGDĐT",
        place: "Hà Nội",
        date: "2025-11-05",
        subject: "Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2025",
        recipients: ["Bộ Giáo dục và Đào tạo"],
        signature: { title: "GIÁM ĐỐC", name: "Trần Văn C" },
        copies: ["Như trên", "Lưu: VT, GDTX"],
      }),
    );
    const run = await runInProcess(
      ["summarize", "communes.csv", "--year", "2025", "--level", "commune", "--province", "01"].concat([
        "--meta",
        "meta.json",
        "-o",
        "communes.docx",
      ]),
      { cwd },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const text = readDocxText(readFileSync(join(cwd, "communes.docx"))).join("\n");
    expect(text).toContain("Phường Ngọc Hà");
    expect(text).toContain("xã, phường, đặc khu");
  });

  it("stops with cli.usage and a hint without --province, with one it does not know, or with --province alone", async () => {
    const none = await runInProcess(["summarize", "communes.csv", "--year", "2025", "--level", "commune"], { cwd });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("--province");
    expect(none.stderr).toContain("--level commune --province 01");
    const json = await runInProcess(
      ["summarize", "communes.csv", "--year", "2025", "--level", "commune", "--format", "json"],
      { cwd },
    );
    expect(json.status).toBe(2);
    expect(`${json.stdout}${json.stderr}`).toContain("cli.usage");
    const unknown = await runInProcess(
      ["summarize", "communes.csv", "--year", "2025", "--level", "commune", "--province", "Atlantis"],
      { cwd },
    );
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Atlantis");
    const alone = await runInProcess(["summarize", "communes.csv", "--year", "2025", "--province", "01"], { cwd });
    expect(alone.status).toBe(2);
    expect(alone.stderr).toContain("--level commune");
    const early = await runInProcess(
      ["summarize", "communes.csv", "--year", "2024", "--level", "commune", "--province", "01"],
      { cwd },
    );
    expect(early.status).toBe(2);
    expect(early.stderr).toContain("01/07/2025");
    const level = await runInProcess(["summarize", "communes.csv", "--year", "2025", "--level", "xa"], { cwd });
    expect(level.status).toBe(2);
  });
});
