import { describe, expect, it } from "vitest";
import { nd30Profile } from "../nd30Profile.ts";
import { blockXml, isBold } from "../testing/blockXml.ts";
import { attrOf, cellsOf, paragraphsOf, tablesOf } from "../testing/docxXml.ts";
import { estimateTextWidth } from "../text/estimateTextWidth.ts";
import { columnWidths } from "./columnWidths.ts";
import { dataTable } from "./dataTable.ts";

const columns = [
  { header: "STT", weight: 7, align: "center" as const },
  { header: "Nội dung", weight: 60 },
  { header: "Số tiền (đồng)", weight: 33, align: "right" as const },
];

describe("columnWidths", () => {
  it("splits the width in proportion, adding up exactly", () => {
    for (const total of [9355, 14287, 1001]) {
      const widths = columnWidths([7, 23, 16, 19, 17, 18], total);
      expect(widths.reduce((a, b) => a + b, 0)).toBe(total);
      expect(Math.max(...widths.map((w, i) => Math.abs(w - (total * [7, 23, 16, 19, 17, 18][i]!) / 100)))).toBeLessThan(
        1,
      );
    }
  });
});

describe("dataTable", () => {
  it("borders every cell, repeats a bold centred header row, and fits the text width with fixed columns", async () => {
    const xml = await blockXml([dataTable({ columns, rows: [["1", "Băng rôn", "6.000.000"]] })]);
    const table = tablesOf(xml)[0] ?? "";
    for (const side of ["top", "left", "bottom", "right", "insideH", "insideV"]) {
      expect(attrOf(table, `w:${side}`, "w:val")).toBe("single");
    }
    const grid = (table.match(/<w:gridCol w:w="(\d+)"\/>/gu) ?? []).map((c) => Number(/\d+/u.exec(c)?.[0]));
    expect(grid.reduce((a, b) => a + b, 0)).toBe(nd30Profile.page.textWidth.value);
    expect(attrOf(table, "w:tblLayout", "w:type")).toBe("fixed");
    const [header, row] = table.match(/<w:tr>[\s\S]*?<\/w:tr>/gu) ?? [];
    expect(header).toMatch(/<w:tblHeader\/>/u);
    expect(header).toMatch(/<w:cantSplit\/>/u);
    expect(row).not.toMatch(/<w:tblHeader\/>/u);
    for (const cell of cellsOf(table)[0] ?? []) {
      expect(isBold(cell)).toBe(true);
      expect(attrOf(cell, "w:jc", "w:val")).toBe("center");
    }
    const [number, item, amount] = cellsOf(table)[1] ?? [];
    expect(attrOf(number ?? "", "w:jc", "w:val")).toBe("center");
    // Left is the default alignment: the cell writes none.
    expect(attrOf(item ?? "", "w:jc", "w:val") ?? "left").toBe("left");
    expect(attrOf(amount ?? "", "w:jc", "w:val")).toBe("right");
    expect(attrOf(amount ?? "", "w:sz", "w:val")).toBe(String(nd30Profile.table.size.value));
  });

  it("never makes a column narrower than its longest word, the others giving way", async () => {
    const narrow = [
      { header: "STT", weight: 1, align: "center" as const },
      { header: "Gương điển hình", weight: 1 },
      { header: "Nội dung", weight: 98 },
    ];
    const xml = await blockXml([dataTable({ columns: narrow, rows: [["1", "27", "Băng rôn"]] })]);
    const grid = ((tablesOf(xml)[0] ?? "").match(/<w:gridCol w:w="(\d+)"\/>/gu) ?? []).map((c) =>
      Number(/\d+/u.exec(c)?.[0]),
    );
    const size = nd30Profile.table.size.value;
    const margins = 2 * nd30Profile.table.cellMarginSide.value;
    expect(grid[0]).toBeGreaterThanOrEqual(estimateTextWidth("STT", { size, bold: true }) + margins);
    expect(grid[1]).toBeGreaterThanOrEqual(estimateTextWidth("Gương", { size, bold: true }) + margins);
    expect(grid.reduce((a, b) => a + b, 0)).toBe(nd30Profile.page.textWidth.value);
  });

  it("spans columns for a bold total row and rows for a merged cell", async () => {
    const xml = await blockXml([
      dataTable({
        columns,
        rows: [
          [{ text: "1", rowSpan: 2 }, "Dòng a", "1"],
          ["Dòng b", "2"],
          [
            { text: "Tổng cộng", bold: true, columnSpan: 2, align: "center" },
            { text: "3", bold: true },
          ],
        ],
      }),
    ]);
    const rows = cellsOf(tablesOf(xml)[0] ?? "");
    expect(rows[1]?.[0]).toMatch(/<w:vMerge w:val="restart"\/>/u);
    expect(rows[2]?.[0]).toMatch(/<w:vMerge w:val="continue"\/>/u);
    expect(rows[2]?.map((cell) => paragraphsOf(cell)[0]?.text)).toEqual(["", "Dòng b", "2"]);
    const total = rows[3] ?? [];
    expect(total).toHaveLength(2);
    expect(total[0]).toMatch(/<w:gridSpan w:val="2"\/>/u);
    expect(total.every((cell) => isBold(cell))).toBe(true);
  });

  it("takes a landscape width and a smaller size when asked", async () => {
    const width = nd30Profile.table.landscapeTextWidth.value;
    const xml = await blockXml([
      dataTable({ columns, rows: [["1", "a", "b"]], width, size: nd30Profile.table.wideSize.value }),
    ]);
    const table = tablesOf(xml)[0] ?? "";
    expect(attrOf(table, "w:tblW", "w:w")).toBe(String(width));
    expect(attrOf(cellsOf(table)[1]?.[1] ?? "", "w:sz", "w:val")).toBe("22");
  });
});
