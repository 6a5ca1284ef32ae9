import { provincialReportSchema } from "@xhht/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvReportColumns } from "./csvReportColumns.ts";
import { readCsvReportHeader, reportFromCsvRow } from "./reportsFromCsv.ts";

describe("reportFromCsvRow", () => {
  it("covers every field of a provincial report but its activities", () => {
    const columns = [...csvReportColumns.text, ...csvReportColumns.integers, ...csvReportColumns.lists];
    const tops = new Set(columns.map((name) => name.split(".")[0]));
    const fields = Object.keys(provincialReportSchema.shape).filter((name) => name !== "activities");
    expect(fields.filter((name) => !tops.has(name))).toEqual([]);
  });

  it("reads measures, notes, nested fields, lists and grouped thousands", () => {
    const header = readCsvReportHeader([
      "year",
      "signature.title",
      "opening-ceremony:participants",
      "reading.class-bookshelves:books",
      "reading.class-bookshelves:notes",
      "copies",
      "communication.media:articles",
    ]);
    expect(header.unknown).toEqual([]);
    const { value, columnOf } = reportFromCsvRow(header, [
      "2020",
      "GIÁM ĐỐC",
      "450",
      "96.000",
      "ở trường",
      "Như trên | Lưu: VT",
      "",
    ]);
    expect(value).toEqual({
      year: 2020,
      signature: { title: "GIÁM ĐỐC" },
      copies: ["Như trên", "Lưu: VT"],
      activities: [
        { code: "opening-ceremony", measures: { participants: 450 } },
        { code: "reading.class-bookshelves", measures: { books: 96_000 }, notes: "ở trường" },
      ],
    });
    expect(columnOf(["activities", 1, "measures", "books"])).toBe(3);
    expect(columnOf(["activities", 1, "notes"])).toBe(4);
    expect(columnOf(["signature", "title"])).toBe(1);
    expect(columnOf(["copies", 1])).toBe(5);
  });

  it("knows the columns it does not know", () => {
    expect(readCsvReportHeader(["year", "nguoi-tham-gia", ":x"]).unknown).toEqual([
      { name: "nguoi-tham-gia", column: 2 },
      { name: ":x", column: 3 },
    ]);
  });

  it("reads any count back, written with or without grouped thousands", () => {
    const header = readCsvReportHeader(["opening-ceremony:participants"]);
    fc.assert(
      fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), fc.constantFrom("", ".", ",", " "), (count, separator) => {
        const cell = separator === "" ? String(count) : count.toLocaleString("en-US").replaceAll(",", separator);
        const { value } = reportFromCsvRow(header, [cell]);
        expect(value.activities).toEqual([{ code: "opening-ceremony", measures: { participants: count } }]);
      }),
    );
  });

  it("leaves a cell that is not a whole number as text, for the validator to name", () => {
    fc.assert(
      fc.property(
        fc.string().filter((text) => text.trim() !== "" && !/^[\d\s.,+-]+$/u.test(text)),
        (cell) => {
          const { value } = reportFromCsvRow(readCsvReportHeader(["year"]), [cell]);
          expect(value.year).toBe(cell.normalize("NFC").trim());
        },
      ),
    );
  });
});
