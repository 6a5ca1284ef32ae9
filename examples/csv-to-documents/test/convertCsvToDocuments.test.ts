import assert from "node:assert/strict";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { convertCsvToDocuments } from "../src/convertCsvToDocuments.ts";
import { documentFileName } from "../src/documentFileName.ts";

const header =
  "year,province,issuer,number,symbol,place,date,subject,submittedAt,opening-ceremony:participants,signature.authority,signature.actingFor,signature.title,signature.name,copies";
const row = (commune: string, number: number, submittedAt: string, participants: number) =>
  `2020,36,UBND XÃ ${commune.toUpperCase()},${number},BC-UBND,${commune},2020-10-20,Kết quả tổ chức Tuần lễ hưởng ứng học tập suốt đời năm 2020,${submittedAt},${participants},TM.,ỦY BAN NHÂN DÂN,CHỦ TỊCH,Nguyễn Văn A,"Lưu: VT, VP"`;

describe("convertCsvToDocuments", () => {
  let work: string;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), "xhht-convert-"));
  });
  after(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("writes two communes of one province but counts only the earlier sent, saying so", async () => {
    const input = join(work, "nam-dinh.csv");
    await writeFile(
      input,
      [
        header,
        row("Hải Đông", 12, "2020-10-23T09:00:00+07:00", 300),
        row("Hải Tây", 7, "2020-10-21T09:00:00+07:00", 200),
        "2020,36,UBND XÃ HẢI NAM,9",
      ].join("\n"),
    );
    const lines: string[] = [];
    const result = await convertCsvToDocuments({
      input,
      outDir: join(work, "out"),
      lang: "en",
      log: (line) => lines.push(line),
    });
    assert.deepEqual(
      result.written.map((entry) => [entry.row, entry.file]),
      [
        [2, "nam-dinh-1.docx"],
        [3, "nam-dinh-2.docx"],
      ],
    );
    assert.deepEqual(
      result.refused.map((entry) => [entry.row, entry.issues.map((issue) => issue.code)]),
      [[4, ["csv.row-length"]]],
    );
    assert.equal(result.summary.totals.participants, 200);
    assert.deepEqual(
      result.notCounted.map((issue) => [issue.row, issue.code]),
      [[2, "summary.duplicate"]],
    );
    assert.ok(lines.some((line) => line.includes("not counted in the summary") && line.includes("row 2")));
    assert.deepEqual((await readdir(join(work, "out"))).sort(), [
      "nam-dinh-1.docx",
      "nam-dinh-2.docx",
      "summary.docx",
      "summary.json",
    ]);
  });
});

describe("convertCsvToDocuments's issues", () => {
  let work: string;
  before(async () => {
    work = await mkdtemp(join(tmpdir(), "xhht-convert-"));
  });
  after(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("names the field of a refused row as an official reads it, in the language asked for, and keeps its path", async () => {
    const input = join(work, "broken.csv");
    await writeFile(
      input,
      [header, row("Hải Đông", 12, "2020-10-23T09:00:00+07:00", 300).replace(",300,", ",nhiều,")].join("\n"),
    );
    for (const [lang, label] of [
      ["vi", "Hoạt động thứ 1 › Chỉ số › Số người tham gia"],
      ["en", "Activity 1 › Measures › Participants"],
    ] as const) {
      const lines: string[] = [];
      const result = await convertCsvToDocuments({
        input,
        outDir: join(work, lang),
        lang,
        log: (line) => lines.push(line),
      });
      const [issue] = result.refused[0]?.issues ?? [];
      assert.deepEqual(
        [issue?.code, issue?.path, issue?.label, issue?.field],
        ["schema.invalid-type", ["activities", 0, "measures", "participants"], label, "opening-ceremony:participants"],
      );
      assert.ok(
        lines.some((line) => line.includes(`schema.invalid-type «${label}» (column «opening-ceremony:participants»)`)),
      );
    }
  });

  it("refuses a file whose header names a column no report has, with the reader's csv.unknown-column", async () => {
    const input = join(work, "columns.csv");
    await writeFile(input, `${header},nguoi-tham-gia\n`);
    await assert.rejects(
      convertCsvToDocuments({ input, outDir: join(work, "columns"), lang: "en" }),
      (error: Error) =>
        error.name === "CsvToDocumentsError" &&
        /columns\.csv:1:16: csv\.unknown-column: .*nguoi-tham-gia/u.test(error.message),
    );
  });
});

describe("documentFileName", () => {
  it("pads the record number to the width of the row count, as xhht does", () => {
    assert.equal(documentFileName("data/communes.csv", 2, 25), "communes-03.docx");
    assert.equal(documentFileName("x/reports.csv", 99, 100), "reports-100.docx");
    assert.equal(documentFileName("one.csv", 0, 1), "one.docx");
  });
});
