import { describe, expect, it } from "vitest";
import { sampleLetter } from "./fixtures/sampleLetter.ts";
import { lintDocx } from "./lint/lintDocx.ts";
import { renderOfficialLetter } from "./renderOfficialLetter.ts";
import { cellsOf, paragraphsOf, tablesOf, unzipParts } from "./testing/docxXml.ts";

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
});
