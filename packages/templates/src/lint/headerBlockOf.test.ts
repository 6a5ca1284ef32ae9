import { describe, expect, it } from "vitest";
import { headerBlockOf } from "./headerBlockOf.ts";
import type { DocxParagraph } from "./readParagraphs.ts";

const paragraphs = (lines: readonly (string | [string, Partial<DocxParagraph>])[]): DocxParagraph[] =>
  lines.map((line, index) => {
    const [text, rest] = typeof line === "string" ? [line, {}] : line;
    return {
      part: "word/document.xml",
      index,
      text,
      runs: [],
      alignment: "center",
      cell: undefined,
      inTextBox: false,
      section: 0,
      ...rest,
    };
  });

const texts = (list: readonly DocxParagraph[]) => list.map((paragraph) => paragraph.text);

describe("headerBlockOf", () => {
  it("ends the header at the first line of the body and the opening at «Nơi nhận»", () => {
    const { header, opening } = headerBlockOf(
      paragraphs([
        ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { cell: "0/0/1" }],
        ["Số: 12/UBND-VX", { cell: "0/1/0" }],
        "",
        "Kính gửi: Các trường.",
        "Nội dung.",
        "Nơi nhận:",
        "Kính gửi: Phòng Giáo dục và Đào tạo.",
      ]),
    );
    expect(texts(header)).toEqual(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 12/UBND-VX"]);
    expect(texts(opening)).toEqual([...texts(header), "Kính gửi: Các trường.", "Nội dung."]);
  });

  it("reads no further than the first section, and 20 paragraphs of header", () => {
    const many = Array.from({ length: 30 }, (_, i) => `Dòng ${i + 1}`);
    const { header } = headerBlockOf(paragraphs([...many, ["Số: 05/BNV-VP", { section: 1 }]]));
    expect(header).toHaveLength(20);
    expect(headerBlockOf(paragraphs([["Số card mạng/số IP", { section: 1 }]])).opening).toEqual([]);
  });

  it("keeps «Căn cứ» typed inside the header table in the header", () => {
    const { header } = headerBlockOf(paragraphs([["Căn cứ", { cell: "0/0/0" }], "Căn cứ Luật Giáo dục;"]));
    expect(texts(header)).toEqual(["Căn cứ"]);
  });
});
