import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type ProvincialReportInput, sampleReport2024 } from "@xhht/domain";
import { readDocxText } from "@xhht/templates";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runInProcess } from "../testing/runInProcess.ts";
import { tempFolder } from "../testing/runXhht.ts";

/** The 2024 report of a district of Nam Định (`district` undefined: the province's own report). */
const districtReport = (district: string | undefined): ProvincialReportInput => ({
  ...structuredClone(sampleReport2024),
  ...(district === undefined ? {} : { district }),
  parentBody: "UBND HUYỆN VỤ BẢN",
  issuer: "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
  issuerName: "Phòng Giáo dục và Đào tạo",
  symbol: "BC-PGDĐT",
  recipients: ["Sở Giáo dục và Đào tạo"],
  date: "2024-10-15",
  submittedAt: "2024-10-16T09:00:00+07:00",
});

const meta = {
  year: 2024,
  issuer: "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
  issuerName: "Sở Giáo dục và Đào tạo",
  parentBody: "UBND TỈNH NAM ĐỊNH",
  number: 120,
  symbol: "BC-SGDĐT",
  place: "Nam Định",
  date: "2024-11-05",
  subject: "Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2024",
  recipients: ["Bộ Giáo dục và Đào tạo"],
  signature: { title: "GIÁM ĐỐC", name: "Trần Văn C" },
  copies: ["Như trên", "Lưu: VT, GDTX"],
};

describe.concurrent("xhht summarize --level district", () => {
  const cwd = tempFolder();
  writeFileSync(join(cwd, "districts.json"), JSON.stringify([districtReport("356"), districtReport("359")], null, 2));
  writeFileSync(
    join(cwd, "mixed.json"),
    JSON.stringify(
      [districtReport("356"), districtReport(undefined), districtReport("359"), districtReport("359")],
      null,
      2,
    ),
  );
  writeFileSync(join(cwd, "meta.json"), JSON.stringify(meta, null, 2));

  it("sums a province's districts (before 01/07/2025) and lists the districts that have not reported", async () => {
    const run = await runInProcess(
      [
        "summarize",
        "districts.json",
        "--year",
        "2024",
        "--level",
        "district",
        "--province",
        "Nam Dinh",
        "--lang",
        "en",
      ],
      { cwd },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("The 2024 Week in Tỉnh Nam Định: 2/10 districts with a valid report (2 records read)");
    expect(run.stdout).toContain("Not reported: 8");
    expect(run.stdout).toContain("Huyện Hải Hậu (366)");
    expect(run.stdout).not.toContain("Huyện Vụ Bản (359)");
  });

  it("reads --province as a code, and writes the summary as JSON with the districts missing", async () => {
    const run = await runInProcess(
      ["summarize", "districts.json", "--year", "2024", "--level", "district", "--province", "36"].concat([
        "-o",
        "districts-summary.json",
      ]),
      { cwd },
    );
    expect(run.status).toBe(0);
    const summary = JSON.parse(readFileSync(join(cwd, "districts-summary.json"), "utf8"));
    expect(summary).toMatchObject({ level: "district", expected: 10 });
    expect(summary.rows.map((row: { district: string; name: string }) => [row.district, row.name])).toEqual([
      ["356", "Thành phố Nam Định"],
      ["359", "Huyện Vụ Bản"],
    ]);
    expect(summary.missing).toContainEqual({ province: "36", district: "366", name: "Huyện Hải Hậu" });
  });

  it("refuses the province's own report (summary.level-mismatch) and a district's second report, each with its line", async () => {
    const run = await runInProcess(
      ["summarize", "mixed.json", "--year", "2024", "--level", "district", "--province", "36"],
      { cwd },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("2/10 quận, huyện, thị xã, thành phố thuộc tỉnh có báo cáo hợp lệ (đã đọc 4 bản ghi)");
    expect(run.stdout).toMatch(/mixed\.json:\d+:\d+: lỗi summary\.level-mismatch .*\[bản ghi 2\]/u);
    expect(run.stdout).toContain(
      "Không được tính (không hợp lệ, khác năm, không phải báo cáo của huyện hoặc trùng huyện): 2",
    );
    expect(run.stdout).toMatch(/báo cáo được tính của huyện này ở mixed\.json:\d+; bỏ một trong hai/u);
  });

  it("writes the province's summary of its districts as .docx, worded as districts", async () => {
    const run = await runInProcess(
      ["summarize", "districts.json", "--year", "2024", "--level", "district", "--province", "36"].concat([
        "--meta",
        "meta.json",
        "-o",
        "districts.docx",
      ]),
      { cwd },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const text = readDocxText(readFileSync(join(cwd, "districts.docx"))).join("\n");
    expect(text).toContain("Huyện Vụ Bản");
    expect(text).toContain("quận, huyện, thị xã, thành phố thuộc tỉnh");
  });

  it("stops with cli.usage and a hint without --province, with one it does not know, or from 01/07/2025", async () => {
    const none = await runInProcess(["summarize", "districts.json", "--year", "2024", "--level", "district"], {
      cwd,
    });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("lỗi cli.usage");
    expect(none.stderr).toContain("--level district --province 36");
    const unknown = await runInProcess(
      ["summarize", "districts.json", "--year", "2024", "--level", "district", "--province", "Atlantis"],
      { cwd },
    );
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Atlantis");
    const late = await runInProcess(
      ["summarize", "districts.json", "--year", "2025", "--level", "district", "--province", "01", "--lang", "en"],
      { cwd },
    );
    expect(late.status).toBe(2);
    expect(late.stderr).toContain("error cli.usage\n    there are no districts on");
    expect(late.stderr).toContain("--level commune");
  });

  it("says a year without a Week is a usage error (cli.usage), at every level, not a bug of xhht", async () => {
    const given = ["summarize", "districts.json", "--year", "1999", "--lang", "en"];
    for (const args of [given, [...given, "--level", "district", "--province", "36"]]) {
      const run = await runInProcess(args, { cwd });
      expect(run.stderr).toContain("error cli.usage");
      expect(run.status).toBe(2);
    }
  });

  it("answers any --province and --year with a summary or with cli.usage, never anything else", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom("36", "Nam Định", "nam dinh", "01", "99"), fc.string({ minLength: 1 })),
        fc.constantFrom("2020", "2024", "2025", "1999"),
        async (province, year) => {
          const run = await runInProcess(
            ["summarize", "districts.json", "--year", year, "--level", "district", `--province=${province}`],
            { cwd },
          );
          expect([0, 1, 2]).toContain(run.status);
          if (run.status === 2) expect(run.stderr).toContain("lỗi cli.usage");
          else expect(run.stdout).toContain("quận, huyện, thị xã, thành phố thuộc tỉnh có báo cáo hợp lệ");
        },
      ),
      { numRuns: 40 },
    );
  });
});
