import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvReportColumns } from "./csvReportColumns.ts";
import { readReportsCsv } from "./readReportsCsv.ts";

/** The lines of `text` that are not empty, numbered from 1 as the reader numbers them (CRLF read as LF). */
const dataLines = (text: string): number[] =>
  text
    .replace(/^\uFEFF/u, "")
    .replace(/\r\n/gu, "\n")
    .split("\n")
    .flatMap((line, index) => (line === "" ? [] : [index + 1]));

/** Where each record and failure starts (a header's unknown columns aside), and the lines the failures spoil. */
const entriesOf = (text: string) => {
  const read = readReportsCsv(text);
  const rows = read.failures.filter((failure) => failure.code !== "csv.unknown-column");
  const starts = [...read.records.map((record) => record.line), ...rows.map((failure) => failure.line)];
  const spoiled = read.failures.flatMap((failure) =>
    Array.from({ length: (failure.lastLine ?? failure.line) - failure.line + 1 }, (_, index) => failure.line + index),
  );
  return { read, starts, spoiled };
};

const cell = fc.constantFrom("a", '"', '""', ",", ";", "\t", "\n", "\r\n", "x y", '"q"', "", "1.200", "01", "\uFEFF");

describe("readReportsCsv, whatever the text", () => {
  it("never throws; without quotes, every line that is not empty is the header, a record or a failure", () => {
    const plain = fc.constantFrom("a", ",", ";", "\t", "\n", "\r\n", "x y", " ", "1.200", "01", "2025");
    fc.assert(
      fc.property(fc.array(plain, { maxLength: 60 }), (parts) => {
        const text = parts.join("");
        const { read, starts } = entriesOf(text);
        const [header, ...rows] = dataLines(text);
        const headerFailures = read.failures.filter((failure) => failure.code === "csv.unknown-column");
        expect(headerFailures.every((failure) => failure.line === header)).toBe(true);
        expect(starts.sort((a, b) => a - b)).toEqual(rows);
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws on any text, broken quotes and byte-order marks included; each entry starts on its own line, one with text", () => {
    const header = fc.constantFrom("year,province\n", "province;opening-ceremony:participants\n", "year\tx\n", "");
    fc.assert(
      fc.property(header, fc.array(cell, { maxLength: 40 }), (head, parts) => {
        const text = head + parts.join("");
        const { starts } = entriesOf(text);
        const lines = new Set(dataLines(text));
        for (const line of starts) expect(lines.has(line), `line ${line}`).toBe(true);
        expect(new Set(starts).size).toBe(starts.length);
      }),
      { numRuns: 1000 },
    );
  });

  it("gives every row that is not blank after a header exactly one record or failure", () => {
    const row = fc.array(fc.constantFrom("2025", "01", "x", "1.200", '"a,b"', ""), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const body = rows.map((cells) => cells.join(",")).filter((line) => line.trim() !== "");
        const read = readReportsCsv(["year,province,commune", ...body].join("\n"), { delimiter: "," });
        expect(read.records.length + read.failures.length).toBe(body.length);
        const lines = [...read.records.map((r) => r.line), ...read.failures.map((f) => f.line)].sort((a, b) => a - b);
        expect(lines).toEqual(body.map((_, index) => index + 2));
      }),
    );
  });

  it("reads a count with grouped thousands (., comma in quotes, space) as the number", () => {
    fc.assert(
      fc.property(
        fc.nat({ max: Number.MAX_SAFE_INTEGER }),
        fc.constantFrom("", ".", ",", " ", "\u00a0"),
        fc.constantFrom(...csvReportColumns.integers.filter((name) => !name.includes("."))),
        (count, separator, column) => {
          const grouped = separator === "" ? String(count) : count.toLocaleString("en-US").replaceAll(",", separator);
          const text = `${column};opening-ceremony:participants\n${grouped};"${grouped}"\n`;
          const { records, failures } = readReportsCsv(text, { delimiter: ";" });
          expect(failures).toEqual([]);
          expect(records[0]?.value).toEqual({
            [column]: count,
            activities: [{ code: "opening-ceremony", measures: { participants: count } }],
          });
        },
      ),
    );
  });

  it("reports an unknown column and a header it cannot read, and throws only on arguments", () => {
    const unknown = readReportsCsv("year,nguoi-tham-gia\n2025,3\n", { lang: "en" });
    expect(unknown.failures).toEqual([
      {
        line: 1,
        column: 2,
        code: "csv.unknown-column",
        params: { name: "nguoi-tham-gia" },
        message: "unknown column «nguoi-tham-gia» of the header row, left out",
      },
    ]);
    expect(unknown.records.map((record) => record.value)).toEqual([{ year: 2025, activities: [] }]);
    const broken = readReportsCsv('year,"province\n2025,01\n2026,02\n');
    expect(broken.failures.map((failure) => [failure.code, failure.line])).toEqual([
      ["csv.header-unreadable", 1],
      ["csv.no-header", 2],
      ["csv.no-header", 3],
    ]);
    expect(broken.failures[1]?.message).toBe("không đọc: dòng tiêu đề (dòng 1) không đọc được");
    expect(() => readReportsCsv(undefined as unknown as string)).toThrow(
      expect.objectContaining({ code: "domain.invalid-argument" }),
    );
    expect(() => readReportsCsv("", { delimiter: "|" as "," })).toThrow(
      expect.objectContaining({ code: "domain.invalid-option" }),
    );
    expect(() => readReportsCsv("", { lang: "fr" as "en" })).toThrow(
      expect.objectContaining({ code: "domain.unsupported-language" }),
    );
  });
});
