import { Paragraph, Table, TableCell, TableRow } from "docx";
import { describe, expect, it } from "vitest";
import { blockXml } from "../testing/blockXml.ts";
import { keepLastWithNext } from "./keepLastWithNext.ts";

describe("keepLastWithNext", () => {
  it("keeps the last paragraph with the block after it, and leaves the others alone", async () => {
    const xml = await blockXml(keepLastWithNext([new Paragraph({ text: "a" }), new Paragraph({ text: "b" })]));
    const paragraphs = xml.match(/<w:p>.*?<\/w:p>/gsu) ?? [];
    expect(paragraphs.map((p) => /<w:keepNext\/>/u.test(p))).toEqual([false, true]);
    expect(paragraphs[1]).toContain(">b</w:t>");
  });

  it("leaves a table last, and an empty body, as they are", () => {
    const table = new Table({ rows: [new TableRow({ children: [new TableCell({ children: [] })] })] });
    expect(keepLastWithNext([table])).toEqual([table]);
    expect(keepLastWithNext([])).toEqual([]);
  });
});
