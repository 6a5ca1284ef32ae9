import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { sampleReport2020 } from "@xhht/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CliError } from "../CliError.ts";
import { createCliTranslator } from "../createCliTranslator.ts";
import { csvRow, writeReportsCsv } from "../testing/fixtures.ts";
import { tempFolder } from "../testing/runXhht.ts";
import { readInputFile } from "./readInputFile.ts";

const t = createCliTranslator("en");
const folder = tempFolder();

const fileOf = (name: string, bytes: Uint8Array | string) => {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
};

const refusal = async (path: string) => {
  const error = await readInputFile(path, { t, csv: true, display: "f" }).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(CliError);
  return error as CliError;
};

/** The sample report as YAML-free JSON text. */
const sampleJson = JSON.stringify(sampleReport2020, null, 2);

describe("readInputFile", () => {
  it("refuses bytes that are not UTF-8, at the line and column of the first one", async () => {
    const text = Buffer.from(sampleJson.replace('"Nam Định"', '"Nam Đ#nh"'));
    text[text.indexOf("#")] = 0xff;
    const error = await refusal(fileOf("latin.json", text));
    expect(error.code).toBe("cli.encoding");
    expect(error.message).toBe("not UTF-8 text: byte 0xFF cannot be read");
    const line = sampleJson.split("\n").findIndex((row) => row.includes('"Nam Định"')) + 1;
    const column = (sampleJson.split("\n")[line - 1] ?? "").indexOf("ị") + 1;
    expect(error.location).toEqual({ file: "f", line, column });
    const cp1258 = await refusal(fileOf("r.csv", Buffer.from([0x61, 0x0a, 0x4e, 0x67, 0x75, 0x79, 0xd2, 0x6e])));
    expect(error.code).toBe(cp1258.code);
    expect(cp1258.location).toEqual({ file: "f", line: 2, column: 5 });
  });

  it("places a JSON syntax error where the text stops being JSON, whatever Node's message says", async () => {
    const stray = await refusal(fileOf("stray.json", '{\n  "year": 2020\n  oops\n}\n'));
    expect(stray.code).toBe("cli.syntax");
    expect(stray.location).toEqual({ file: "f", line: 3, column: 3 });
    const accent = await refusal(fileOf("accent.json", "é\n"));
    expect(accent.location).toEqual({ file: "f", line: 1, column: 1 });
    const cut = await refusal(fileOf("cut.json", '{"year": 2020'));
    expect(cut.location).toEqual({ file: "f", line: 1, column: 14 });
    const lines = await readInputFile(fileOf("lines.jsonl", '{"year": 2020}\n{oops}\n'), { t, csv: false });
    expect(lines.failures).toEqual([expect.objectContaining({ index: 1, line: 2, column: 2 })]);
  });

  it("accepts a UTF-8 byte-order mark", async () => {
    const read = await readInputFile(fileOf("bom.json", `\ufeff${sampleJson}`), { t, csv: false });
    expect(read.records).toHaveLength(1);
  });

  it("refuses a YAML alias bomb (exit 2) without expanding it, at the document", async () => {
    const levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
    for (let level = 1; level < 9; level++) {
      const [name, previous] = ["abcdefghi"[level], "abcdefghi"[level - 1]];
      levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(", ")}]`);
    }
    const started = performance.now();
    const error = await refusal(fileOf("bomb.yaml", `${levels.join("\n")}\n`));
    expect(performance.now() - started).toBeLessThan(2000);
    expect(error.code).toBe("cli.syntax");
    expect(error.message).toContain("too many YAML aliases");
    expect(error.location).toEqual({ file: "f", line: 1, column: 1 });
    const several = await readInputFile(fileOf("several.yaml", `${sampleJson}\n---\n${levels.join("\n")}\n`), {
      t,
      csv: false,
    });
    expect(several.records).toHaveLength(1);
    expect(several.failures[0]?.message).toContain("too many YAML aliases");
  });

  it("a stray quote in a 5,000-row CSV loses only its own row, reported where the quote opened", async () => {
    const rows = Array.from({ length: 5000 }, (_, index) =>
      index === 1234 ? csvRow("01").replace("Nam Định", '"Nam Định') : csvRow("01"),
    );
    const path = writeReportsCsv(folder, "big.csv", rows);
    const read = await readInputFile(path, { t, csv: true, display: "big.csv" });
    expect(read.records).toHaveLength(4999);
    expect(read.failures).toEqual([
      {
        file: "big.csv",
        index: 1234,
        line: 1236,
        column: csvRow("01").indexOf("Nam Định") + 1,
        message:
          "this quote breaks the row (it is never closed, or closed before the cell ends); line 1236 not read, the rows after it are",
        hint: expect.any(String),
      },
    ]);
    expect(read.records.map((record) => record.index)).not.toContain(1234);
    expect(read.records.at(-1)?.line).toBe(5001);
  });

  it("never throws anything but a CliError, whatever the bytes of a JSON, YAML, JSON Lines or CSV file", async () => {
    const pieces = fc.constantFrom(
      '"',
      "'",
      ",",
      ":",
      "- ",
      "&a ",
      "*a",
      "[",
      "]",
      "{",
      "}",
      "\n",
      "\t",
      "---",
      "#",
      "\\",
      "é",
      "\u0000",
      "year",
      "2020",
      "!!binary ",
      "? ",
      "|",
    );
    const content = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.array(pieces, { maxLength: 60 }).map((parts) => new TextEncoder().encode(parts.join(""))),
    );
    await fc.assert(
      fc.asyncProperty(content, fc.constantFrom("json", "yaml", "jsonl", "csv"), async (bytes, extension) => {
        try {
          const read = await readInputFile(fileOf(`any.${extension}`, bytes), { t, csv: true });
          for (const record of read.records) record.locate(["activities", 0, "measures", "x"]);
        } catch (error) {
          if (!(error instanceof CliError)) throw error;
        }
      }),
      { numRuns: 600 },
    );
  });
});
