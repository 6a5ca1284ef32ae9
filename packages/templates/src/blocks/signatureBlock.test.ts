import type { SignatureInput } from "@xhht/domain";
import { describe, expect, it } from "vitest";
import { renderOfficialLetter } from "../documents/renderOfficialLetter.ts";
import { readDocxText } from "../docx/readDocxText.ts";
import { sampleLetter } from "../fixtures/sampleLetter.ts";
import { lintDocx } from "../lint/lintDocx.ts";
import { attrOf, cellsOf, paragraphsOf, tablesOf, unzipParts } from "../testing/docxXml.ts";

/** The right cell of the signature table: authority lines, title and name. */
const signerLines = async (signature: Parameters<typeof renderOfficialLetter>[0]["signature"]) => {
  const bytes = await renderOfficialLetter({ ...sampleLetter, signature });
  const document = unzipParts(bytes)["word/document.xml"] ?? "";
  const [, right] = cellsOf(tablesOf(document)[1] ?? "")[0] ?? [];
  return { bytes, lines: paragraphsOf(right ?? "") };
};

describe("signatureBlock", () => {
  it("prints every line of the chain, upper case and bold, above the title: TL. then KT.", async () => {
    const { bytes, lines } = await signerLines({
      authority: [
        { kind: "TL", title: "giám đốc" },
        { kind: "KT", title: "CHÁNH VĂN PHÒNG" },
      ],
      title: "PHÓ CHÁNH VĂN PHÒNG",
      name: "Trần Văn A",
    });
    expect(lines.map((line) => line.text)).toEqual([
      "TL. GIÁM ĐỐC",
      "KT. CHÁNH VĂN PHÒNG",
      "PHÓ CHÁNH VĂN PHÒNG",
      "Trần Văn A",
    ]);
    for (const line of lines) expect(line.xml).toMatch(/<w:b\/>|<w:b w:val="(?:true|1)"\/>/u);
    expect(lintDocx(bytes).issues).toEqual([]);
  });

  it("prints a lone TUQ. line, and the deprecated single prefix as before", async () => {
    const tuq = await signerLines({
      authority: [{ kind: "TUQ", title: "GIÁM ĐỐC" }],
      title: "CHÁNH VĂN PHÒNG",
      name: "Trần Văn A",
    });
    expect(tuq.lines.map((line) => line.text)).toEqual(["TUQ. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG", "Trần Văn A"]);
    const legacy = await signerLines({
      authority: "KT.",
      actingFor: "GIÁM ĐỐC",
      title: "PHÓ GIÁM ĐỐC",
      name: "Trần Văn A",
    });
    expect(legacy.lines.map((line) => line.text)).toEqual(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn A"]);
  });

  describe("three-line blocks", () => {
    const threeLines: SignatureInput = {
      authority: [
        { kind: "TM", body: "ỦY BAN NHÂN DÂN" },
        { kind: "KT", title: "CHỦ TỊCH" },
      ],
      title: "PHÓ CHỦ TỊCH",
      name: "Trần Văn B",
    };
    const chains: readonly [name: string, signature: SignatureInput, expected: readonly string[]][] = [
      [
        "«TM. ỦY BAN NHÂN DÂN» / «KT. CHỦ TỊCH» / «PHÓ CHỦ TỊCH»",
        threeLines,
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn B"],
      ],
      [
        "«TL. BỘ TRƯỞNG» / «KT. VỤ TRƯỞNG VỤ …» / «PHÓ VỤ TRƯỞNG», the long line wrapping",
        {
          authority: [
            { kind: "TL", title: "BỘ TRƯỞNG" },
            { kind: "KT", title: "VỤ TRƯỞNG VỤ GIÁO DỤC THƯỜNG XUYÊN VÀ GIÁO DỤC NGƯỜI LỚN" },
          ],
          title: "PHÓ VỤ TRƯỞNG",
          name: "Lê Văn H",
        },
        ["TL. BỘ TRƯỞNG", "KT. VỤ TRƯỞNG VỤ GIÁO DỤC THƯỜNG XUYÊN VÀ GIÁO DỤC NGƯỜI LỚN", "PHÓ VỤ TRƯỞNG", "Lê Văn H"],
      ],
    ];
    for (const [name, signature, expected] of chains) {
      it(`prints ${name} as three bold upper-case lines, centred, then the name, in that order`, async () => {
        const { bytes, lines } = await signerLines(signature);
        expect(lines.map((line) => line.text)).toEqual(expected);
        for (const line of lines) {
          expect(line.xml).toMatch(/<w:b\/>/u);
          expect(attrOf(line.xml, "w:jc", "w:val")).toBe("center");
          // No indent: a wrapped line is centred in the whole column, like the others.
          expect(line.xml).not.toMatch(/<w:ind /u);
        }
        const text = readDocxText(bytes);
        const at = text.indexOf(expected[0] ?? "");
        expect(text.slice(at, at + expected.length)).toEqual(expected);
        expect(lintDocx(bytes).issues).toEqual([]);
      });
    }

    it("cannot split across pages: one table row that may not break, beside «Nơi nhận», kept with the text above", async () => {
      const { bytes } = await signerLines(threeLines);
      const document = unzipParts(bytes)["word/document.xml"] ?? "";
      const table = tablesOf(document)[1] ?? "";
      const rows = table.match(/<w:tr>[\s\S]*?<\/w:tr>/gu) ?? [];
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatch(/<w:trPr>(?:(?!<\/w:trPr>)[\s\S])*<w:cantSplit\/>/u);
      const [left, right] = cellsOf(table)[0] ?? [];
      expect(paragraphsOf(left ?? "")[0]?.text).toBe("Nơi nhận:");
      expect(paragraphsOf(right ?? "").map((line) => line.text)).toEqual([
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Trần Văn B",
      ]);
      // The last paragraph before the table keeps with it, so the block never starts a page alone.
      const before = document.slice(0, document.indexOf(table));
      const last = paragraphsOf(before)
        .filter((paragraph) => !/<w:tbl>/u.test(paragraph.xml))
        .at(-1);
      expect(last?.xml).toMatch(/<w:keepNext\/>/u);
    });
  });
});
