import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readCsvRecords as readWith } from "./readCsvRecords.ts";

const readCsvRecords = (text: string, delimiter: string) => readWith(text, delimiter, parse);

const rowLines = (text: string) =>
  readCsvRecords(text, ",").map((entry) =>
    entry.kind === "row" ? `row ${entry.line} ${entry.cells.join("|")}` : `broken ${entry.line}-${entry.lastLine}`,
  );

describe("readCsvRecords", () => {
  it("reads rows with the line each starts on, a quoted cell across lines included", () => {
    expect(rowLines('a,b\n1,"x\ny"\n\n3,4\n')).toEqual(["row 1 a|b", "row 2 1|x\ny", "row 5 3|4"]);
  });

  it("a quote never closed spoils its own line only, pointed at where it opened; the rows after it are read", () => {
    const rows = Array.from({ length: 5000 }, (_, index) => (index === 2500 ? `${index},"Nam Định` : `${index},ok`));
    const entries = readCsvRecords(`a,b\n${rows.join("\n")}\n`, ",");
    const broken = entries.filter((entry) => entry.kind === "broken");
    expect(broken).toEqual([
      {
        kind: "broken",
        line: 2502,
        lastLine: 2502,
        column: 6,
        reason: "Quote Not Closed: the parsing is finished with an opening quote",
      },
    ]);
    expect(entries.filter((entry) => entry.kind === "row")).toHaveLength(5000);
  });

  it("reads CRLF lines alike", () => {
    expect(rowLines('\r\na,b\r\n1,"x"y\r\n2,3\r\n')).toEqual(["row 2 a|b", "broken 3-3", "row 4 2|3"]);
  });

  it("a quote closed too early spoils the lines up to the next line that parses", () => {
    expect(rowLines('a,b\n1,"x"y\n2,3\n"4,5\n6,7\n')).toEqual([
      "row 1 a|b",
      "broken 2-2",
      "row 3 2|3",
      "broken 4-4",
      "row 5 6|7",
    ]);
  });

  it("places every line that is not empty in an entry, whatever the text", () => {
    const cell = fc.constantFrom("a", '"', '""', ",", "\n", "x y", '"q"', "");
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 40 }), fc.constantFrom("\n", "\r\n"), (parts, eol) => {
        const text = parts.join("").replace(/\n/gu, eol);
        const lines = text.split("\n");
        const covered = new Map<number, number>();
        for (const entry of readCsvRecords(text, ",")) {
          const last =
            entry.kind === "broken" ? entry.lastLine : entry.line + entry.cells.join(",").split("\n").length - 1;
          for (let line = entry.line; line <= last; line++) covered.set(line, (covered.get(line) ?? 0) + 1);
        }
        lines.forEach((line, index) => {
          if (line.trim() !== "") expect(covered.get(index + 1) ?? 0).toBeGreaterThanOrEqual(1);
        });
      }),
      { numRuns: 1000 },
    );
  });
});
