import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { after, before, describe, it } from "node:test";
import { fileURLToPath } from "node:url";
import { lintDocx, readDocxText } from "@xhht/templates";
import { parse } from "csv-parse/sync";

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = join(here, "..");
const csv = join(packageDir, "data", "communes.csv");
const script = join(packageDir, "src", "csvToDocuments.ts");
/** The `xhht` command as installed with @xhht/cli: its built dist/bin.js, run with node. */
const xhhtBin = join(dirname(createRequire(import.meta.url).resolve("@xhht/cli/package.json")), "dist", "bin.js");

/** The sample's deliberately broken row: «khoảng 300» where a number of participants belongs. */
const BROKEN_ROW = 4;

interface Row {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
}

/** The sample CSV read on its own (csv-parse, not the SDK), so the expected figures do not come from the code under test. */
const readSample = async (): Promise<Row[]> => {
  const records = parse(await readFile(csv, "utf8"), { columns: true, info: true }) as {
    record: Record<string, string>;
    info: { lines: number };
  }[];
  return records.map(({ record, info }) => ({ cells: record, line: info.lines }));
};

const whole = (cell: string | undefined): number =>
  cell === undefined || cell === "" ? 0 : Number(cell.replace(/\./gu, ""));

const run = (command: string[], cwd: string) => spawnSync(process.execPath, command, { cwd, encoding: "utf8" });

const docxFiles = async (folder: string) =>
  (await readdir(folder)).filter((name) => /^communes-\d+\.docx$/u.test(name)).sort();

describe("csvToDocuments on the sample CSV", () => {
  let work: string;
  let scriptOut: string;
  let cliOut: string;
  let rows: Row[];
  let script_: ReturnType<typeof run>;
  let summaryJson: {
    total: number;
    written: number;
    refused: number;
    documents: { row: number; record: number; file: string; issuer: string; place: string }[];
    refusedRows: { row: number; issues: { code: string; field?: string; message: string }[] }[];
    summary: { rows: unknown[]; totals: Record<string, number> };
  };

  before(async () => {
    work = await mkdtemp(join(tmpdir(), "xhht-csv-to-documents-"));
    scriptOut = join(work, "script");
    cliOut = join(work, "cli");
    rows = await readSample();
    script_ = run(["--import", "tsx", script, csv, "-o", scriptOut, "--lang", "en"], packageDir);
    summaryJson = JSON.parse(await readFile(join(scriptOut, "summary.json"), "utf8"));
  });
  after(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it("exits 1 and reports the broken row with its row number, column and message", () => {
    assert.equal(script_.status, 1, script_.stderr);
    assert.match(
      script_.stdout,
      /✖ row 4 \(record 3\): refused[^\n]*\n\s+\S*communes\.csv:4:12 row 4 error schema\.invalid-type «Activity \d+ › Measures › Participants» \(column «opening-ceremony:participants»\): Wrong type: expected a number\./u,
    );
    assert.deepEqual(
      summaryJson.refusedRows.map((entry) => [entry.row, entry.issues.map((issue) => [issue.code, issue.field])]),
      [[BROKEN_ROW, [["schema.invalid-type", "opening-ceremony:participants"]]]],
    );
  });

  it("ends with the count of rows written and refused", () => {
    const valid = rows.filter((row) => row.line !== BROKEN_ROW);
    assert.equal(rows.length, 25);
    assert.match(script_.stdout, new RegExp(`25 rows: ${valid.length} written, 1 refused \\(row 4\\)`, "u"));
    assert.deepEqual([summaryJson.total, summaryJson.written, summaryJson.refused], [25, valid.length, 1]);
  });

  it("writes one document per valid row, named as xhht names it", async () => {
    const expected = rows
      .map((row, index) => ({ row, name: `communes-${String(index + 1).padStart(2, "0")}.docx` }))
      .filter(({ row }) => row.line !== BROKEN_ROW)
      .map(({ name }) => name);
    assert.deepEqual(await docxFiles(scriptOut), expected);
    assert.ok((await readdir(scriptOut)).includes("summary.docx"));
  });

  it("lays out each commune's own report, and each one lints clean", async () => {
    for (const entry of summaryJson.documents) {
      const row = rows.find((candidate) => candidate.line === entry.row);
      assert.ok(row, `row ${entry.row} is in the CSV`);
      const bytes = await readFile(join(scriptOut, entry.file));
      const lint = lintDocx(bytes, { lang: "en" });
      assert.deepEqual(lint.issues, [], `${entry.file} lints clean`);
      const lines = readDocxText(bytes);
      assert.ok(lines.includes(row.cells.issuer ?? "?"), `${entry.file} names ${row.cells.issuer}`);
      assert.ok(
        lines.some((line) => line.startsWith(`${row.cells.place}, ngày `)),
        `${entry.file} is dated at ${row.cells.place}`,
      );
      assert.ok(
        lines.includes(`Số: ${row.cells.number}/${row.cells.symbol}`),
        `${entry.file} has «Số: ${row.cells.number}/…»`,
      );
    }
  });

  it("sums up exactly the rows written", async () => {
    const valid = rows.filter((row) => row.line !== BROKEN_ROW);
    const sum = (column: string) => valid.reduce((total, row) => total + whole(row.cells[column]), 0);
    assert.equal(summaryJson.summary.rows.length, valid.length);
    const { totals } = summaryJson.summary;
    assert.deepEqual(
      {
        banners: totals.banners,
        participants: totals.participants,
        classes: totals.classes,
        learners: totals.learners,
        bookshelves: totals.bookshelves,
        books: totals.books,
        examples: totals.examples,
        collectives: totals.collectives,
        individuals: totals.individuals,
        budgetSpent: totals.budgetSpent,
      },
      {
        banners: sum("communication.banners:banners"),
        participants: sum("opening-ceremony:participants"),
        classes: sum("internet-skills.training:classes"),
        learners: sum("internet-skills.training:learners"),
        bookshelves: sum("reading.class-bookshelves:bookshelves"),
        books: sum("reading.class-bookshelves:books"),
        examples: sum("examples"),
        collectives: sum("commendations.collectives"),
        individuals: sum("commendations.individuals"),
        budgetSpent: sum("budgetSpent"),
      },
    );
    assert.ok((totals.budgetSpent ?? 0) > 100_000_000, "thousands separators were read as such");
    const summaryDocx = await readFile(join(scriptOut, "summary.docx"));
    assert.equal(lintDocx(summaryDocx).ok, true);
  });

  it("writes the same documents as `xhht generate --batch`, byte for byte", async () => {
    const cli = run(
      [xhhtBin, "generate", "report", "--batch", csv, "-o", cliOut, "--lang", "en", "--workers", "2"],
      packageDir,
    );
    assert.equal(cli.status, 1, cli.stderr);
    const names = await docxFiles(cliOut);
    assert.deepEqual(names, await docxFiles(scriptOut));
    for (const name of names) {
      const [ours, theirs] = await Promise.all([readFile(join(scriptOut, name)), readFile(join(cliOut, name))]);
      assert.ok(ours.equals(theirs), `${name}: same bytes`);
    }
  });
});
