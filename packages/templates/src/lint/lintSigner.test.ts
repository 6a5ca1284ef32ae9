import { createTranslator } from "@xhht/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { lintDocx } from "./lintDocx.ts";
import { lintSigner, signerBlockOf } from "./lintSigner.ts";
import type { DocxParagraph } from "./readParagraphs.ts";
import type { RunFormat } from "./readStyles.ts";
import { editParts, handTypedLetter } from "./testing/handTypedLetter.ts";

const t = createTranslator();
const format: RunFormat = {
  asciiFont: "Times New Roman",
  hAnsiFont: "Times New Roman",
  size: 28,
  bold: true,
  italic: false,
  color: "auto",
};
let index = 0;
/** A paragraph of the main document: its runs as `[text, format changes]`. */
const paragraph = (
  runs: readonly (string | readonly [string, Partial<RunFormat>])[],
  where: { cell?: string; alignment?: string } = {},
): DocxParagraph => {
  const full = runs.map((run) =>
    typeof run === "string" ? { text: run, format } : { text: run[0], format: { ...format, ...run[1] } },
  );
  return {
    part: "word/document.xml",
    index: index++,
    text: full.map((run) => run.text).join(""),
    runs: full,
    alignment: where.alignment ?? "center",
    cell: where.cell,
    inTextBox: false,
    section: 0,
  };
};
const inCell = (...lines: string[]) => lines.map((line) => paragraph([line], { cell: "1/0/1" }));
const codesOf = (paragraphs: DocxParagraph[]) => lintSigner(t, signerBlockOf(paragraphs)).map((issue) => issue.code);
const textsOf = (paragraphs: DocxParagraph[]) => {
  const block = signerBlockOf(paragraphs);
  return [...(block?.authority ?? []), ...(block?.title === undefined ? [] : [block.title])].map((l) => l.text);
};

describe("signerBlockOf and lintSigner: the signer's authority lines (Phụ lục I, Phần I, mục II.7)", () => {
  it("reads a three-line block in a table cell, one paragraph a line, and stops at the name", () => {
    const cell = inCell("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn B");
    expect(textsOf(cell)).toEqual(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
    expect(codesOf(cell)).toEqual([]);
  });

  it("reads the lines typed with Shift+Enter in one paragraph, a long «KT. VỤ TRƯỞNG VỤ …» among them", () => {
    const lines = [
      paragraph(["TL. BỘ TRƯỞNG\nKT. VỤ TRƯỞNG VỤ GIÁO DỤC THƯỜNG XUYÊN\nPHÓ VỤ TRƯỞNG"], { cell: "2/0/1" }),
      paragraph([""], { cell: "2/0/1" }),
      paragraph(["Lê Văn H"], { cell: "2/0/1" }),
    ];
    expect(textsOf(lines)).toEqual(["TL. BỘ TRƯỞNG", "KT. VỤ TRƯỞNG VỤ GIÁO DỤC THƯỜNG XUYÊN", "PHÓ VỤ TRƯỞNG"]);
    expect(codesOf(lines)).toEqual([]);
  });

  it("reads the lines typed after tabs beside «Nơi nhận», not the list's own lines", () => {
    const left = { alignment: "left" };
    const lines = [
      paragraph([["Nơi nhận:", { size: 24, italic: true }], "\t\tTM. ỦY BAN NHÂN DÂN"], left),
      paragraph([["- Như trên;", { size: 22, bold: false }], "\t\tKT. CHỦ TỊCH"], left),
      paragraph([["- Lưu: VT.", { size: 22, bold: false }], "\t\tPHÓ CHỦ TỊCH"], left),
      paragraph([["- Sở Giáo dục và Đào tạo;", { size: 22, bold: false }]], left),
    ];
    expect(textsOf(lines)).toEqual(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);
    expect(codesOf(lines)).toEqual([]);
  });

  it("finds nothing when the head signs without an authority line", () => {
    expect(signerBlockOf(inCell("CHỦ TỊCH", "Nguyễn Văn A"))).toBeUndefined();
  });

  it("wants a chain the decree allows, in its order (nd30.signature.authority-chain)", () => {
    expect(codesOf(inCell("KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH"))).toEqual([
      "nd30.signature.authority-chain",
    ]);
    expect(codesOf(inCell("TL. BỘ TRƯỞNG", "KT. VỤ TRƯỞNG", "TL. CỤC TRƯỞNG", "KT. PHÓ", "PHÓ"))).toEqual([
      "nd30.signature.authority-chain",
    ]);
    expect(codesOf(inCell("KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"))).toEqual([]);
  });

  it("wants every line upper case, bold and upright (nd30.signature.authority-style)", () => {
    expect(codesOf(inCell("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "Phó Chủ tịch"))).toEqual([
      "nd30.signature.authority-style",
    ]);
    const notBold = [
      paragraph(["TM. ỦY BAN NHÂN DÂN"], { cell: "1/0/1" }),
      paragraph([["KT. CHỦ TỊCH", { bold: false }]], { cell: "1/0/1" }),
      paragraph(["PHÓ CHỦ TỊCH"], { cell: "1/0/1" }),
    ];
    expect(codesOf(notBold)).toEqual(["nd30.signature.authority-style"]);
  });

  it("wants 13 to 14 pt (nd30.signature.authority-size)", () => {
    const small = [
      paragraph(["TM. ỦY BAN NHÂN DÂN"], { cell: "1/0/1" }),
      paragraph(["KT. CHỦ TỊCH"], { cell: "1/0/1" }),
      paragraph([["PHÓ CHỦ TỊCH", { size: 24 }]], { cell: "1/0/1" }),
    ];
    expect(codesOf(small)).toEqual(["nd30.signature.authority-size"]);
  });
});

describe("lintDocx on a three-line signature block typed in Word", () => {
  let good: Uint8Array;
  beforeAll(async () => {
    good = await handTypedLetter();
  });
  /** The letter with its signer's «CHỦ TỊCH» replaced by `runs` (WordprocessingML runs). */
  const withSigner = (runs: string) =>
    editParts(good, (name, xml) =>
      name === "word/document.xml"
        ? xml.replace(/<w:r>(?:(?!<w:r>).)*?<w:t[^>]*>CHỦ TỊCH<\/w:t><\/w:r>/u, runs)
        : undefined,
    );
  const bold = (text: string, extra = "") => `<w:r><w:rPr><w:b/>${extra}</w:rPr><w:t>${text}</w:t></w:r>`;
  const br = "<w:r><w:br/></w:r>";

  it("finds nothing wrong in «TM. ỦY BAN NHÂN DÂN» / «KT. CHỦ TỊCH» / «PHÓ CHỦ TỊCH» typed with Shift+Enter", () => {
    const typed = withSigner(
      [bold("TM. ỦY BAN NHÂN DÂN"), br, bold("KT. CHỦ TỊCH"), br, bold("PHÓ CHỦ TỊCH")].join(""),
    );
    expect(typed).not.toEqual(good);
    expect(lintDocx(typed).issues).toEqual([]);
  });

  it("finds its chain upside down, or its title typed small", () => {
    const upsideDown = withSigner(
      [bold("KT. CHỦ TỊCH"), br, bold("TM. ỦY BAN NHÂN DÂN"), br, bold("PHÓ CHỦ TỊCH")].join(""),
    );
    expect(lintDocx(upsideDown).issues.map((issue) => issue.code)).toEqual(["nd30.signature.authority-chain"]);
    const small = withSigner(
      [bold("TM. ỦY BAN NHÂN DÂN"), br, bold("KT. CHỦ TỊCH"), br, bold("PHÓ CHỦ TỊCH", '<w:sz w:val="24"/>')].join(""),
    );
    expect(lintDocx(small).issues.map((issue) => issue.code)).toEqual(["nd30.signature.authority-size"]);
  });
});
