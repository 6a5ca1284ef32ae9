import { type BudgetEstimate, sampleBudgetEstimate2020 } from "@xhht/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { readDocxText } from "../docx/readDocxText.ts";
import { TemplateError } from "../input/TemplateError.ts";
import { isBold, isItalic } from "../testing/blockXml.ts";
import { attrOf, cellsOf, paragraphsOf, paragraphWithText, tablesOf, unzipParts } from "../testing/docxXml.ts";
import { renderBudgetEstimate } from "./renderBudgetEstimate.ts";

const edit = (change: (draft: BudgetEstimate) => void): BudgetEstimate => {
  const draft = structuredClone(sampleBudgetEstimate2020);
  change(draft);
  return draft;
};

describe("renderBudgetEstimate", () => {
  let bytes: Uint8Array;
  let document: string;

  beforeAll(async () => {
    bytes = await renderBudgetEstimate(sampleBudgetEstimate2020);
    document = unzipParts(bytes)["word/document.xml"] ?? "";
  });

  it("reads as the golden text of the sample estimate", async () => {
    await expect(`${readDocxText(bytes).join("\n")}\n`).toMatchFileSnapshot("../fixtures/golden/estimate2020.txt");
  });

  it("tables item, unit, quantity, unit price and amount, figures right-aligned, with a bold total row", () => {
    const rows = cellsOf(tablesOf(document)[1] ?? "");
    expect(rows[0]?.map((cell) => paragraphsOf(cell)[0]?.text)).toEqual([
      "STT",
      "Nội dung",
      "Đơn vị tính",
      "Số lượng",
      "Đơn giá (đồng)",
      "Thành tiền (đồng)",
    ]);
    expect(rows[1]?.map((cell) => paragraphsOf(cell)[0]?.text)).toEqual([
      "1",
      "Băng rôn, khẩu hiệu",
      "cái",
      "20",
      "300.000",
      "6.000.000",
    ]);
    expect(attrOf(rows[1]?.[5] ?? "", "w:jc", "w:val")).toBe("right");
    const total = rows.at(-1) ?? [];
    expect(total.map((cell) => paragraphsOf(cell)[0]?.text)).toEqual(["Tổng cộng", "45.500.000"]);
    expect(total.every((cell) => isBold(cell))).toBe(true);
  });

  it("writes the total in words under the table, in italics", () => {
    const words = paragraphWithText(document, "Bằng chữ: Bốn mươi lăm triệu năm trăm nghìn đồng.").xml;
    expect(isItalic(words)).toBe(true);
  });

  it("refuses an estimate whose amounts don't add up, with the validator's issues", async () => {
    const error = await renderBudgetEstimate(edit((e) => (e.total = 45_000_000))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateError);
    expect(error).toMatchObject({ code: "templates.invalid-input" });
    expect((error as TemplateError).issues).toEqual([
      expect.objectContaining({ code: "budget.total", path: ["total"] }),
    ]);
    await expect(renderBudgetEstimate(edit((e) => (e.lines[2]!.unit = "g\uD800ói")))).rejects.toMatchObject({
      code: "templates.unsafe-text",
      path: ["lines", 2, "unit"],
    });
  });

  it("prints the type its symbol names, «TỜ TRÌNH» for «TTr-SGDĐT», never an invented «DT»", async () => {
    const text = readDocxText(bytes);
    expect(text).toContain("Số: 13/TTr-SGDĐT");
    expect(text).toContain("TỜ TRÌNH");
    expect(text).not.toContain("DỰ TOÁN KINH PHÍ");
    expect(readDocxText(await renderBudgetEstimate(edit((e) => (e.symbol = "KH-SGDĐT"))))).toContain("KẾ HOẠCH");
    const error = await renderBudgetEstimate(edit((e) => (e.symbol = "DT-SGDĐT"))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).issues).toEqual([
      expect.objectContaining({ code: "budget.symbol-type", path: ["symbol"] }),
    ]);
  });

  it("is byte-identical for the same estimate and instant", async () => {
    const again = await renderBudgetEstimate(sampleBudgetEstimate2020);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});
