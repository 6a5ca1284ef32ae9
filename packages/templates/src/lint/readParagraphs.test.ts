import { describe, expect, it } from "vitest";
import { parseXml, type XmlElement } from "./parseXml.ts";
import { readParagraphs } from "./readParagraphs.ts";
import { readStyles } from "./readStyles.ts";

const ns =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const root = (xml: string): XmlElement => {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error(`not XML: ${parsed.reason}`);
  return parsed.root;
};
const styles = root(`<w:styles ${ns}>
  <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="22"/></w:rPr></w:rPrDefault>
    <w:pPrDefault><w:pPr><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:sz w:val="28"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Loop2"/><w:rPr><w:b/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Loop2"><w:basedOn w:val="Loop"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>
  <w:style w:type="character" w:styleId="Strong"><w:rPr><w:b/><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:style>
</w:styles>`);
const theme = root(
  `<a:theme ${ns}><a:themeElements><a:fontScheme><a:majorFont><a:latin typeface="Cambria"/></a:majorFont><a:minorFont><a:latin typeface="Times New Roman"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`,
);
const sheet = readStyles(styles, theme);
const read = (body: string) =>
  readParagraphs(root(`<w:document ${ns}><w:body>${body}</w:body></w:document>`), "word/document.xml", sheet);

describe("readParagraphs", () => {
  it("inherits font through the theme and size through the default paragraph style", () => {
    const [p] = read("<w:p><w:r><w:t>Chữ</w:t></w:r></w:p>").paragraphs;
    expect(p?.runs[0]?.format).toEqual({
      asciiFont: "Times New Roman",
      hAnsiFont: "Times New Roman",
      size: 28,
      bold: false,
      italic: false,
      color: "auto",
    });
    expect(p?.alignment).toBe("both");
  });

  it("applies character styles, direct formatting and toggles turned off, and survives a basedOn loop", () => {
    const { paragraphs } = read(
      '<w:p><w:pPr><w:pStyle w:val="Loop"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Strong"/><w:b w:val="0"/><w:rFonts w:asciiTheme="majorHAnsi"/></w:rPr><w:t>x</w:t></w:r></w:p>',
    );
    expect(paragraphs[0]?.runs[0]?.format).toMatchObject({
      asciiFont: "Cambria",
      hAnsiFont: "Arial",
      bold: false,
      italic: true,
    });
    expect(paragraphs[0]?.alignment).toBe("center");
  });

  it("reads a text box once (Choice, not Fallback), after its anchor, and knows it is one", () => {
    const box = (text: string) => `<w:txbxContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent>`;
    const { paragraphs } = read(
      `<w:p><w:r><w:t>Neo</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${box("Hộp")}</w:drawing></mc:Choice><mc:Fallback><w:pict>${box("Hộp")}</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
    );
    expect(paragraphs.map((p) => [p.index, p.text, p.inTextBox])).toEqual([
      [0, "Neo", false],
      [1, "Hộp", true],
    ]);
  });

  it("keeps inserted, hyperlinked and field-result text, drops deleted text and field codes", () => {
    const { paragraphs, hasPageField } = read(
      '<w:p><w:ins><w:r><w:t>A</w:t></w:r></w:ins><w:del><w:r><w:delText>B</w:delText></w:r></w:del><w:hyperlink><w:r><w:t>C</w:t></w:r></w:hyperlink><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> NUMPAGES </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>9</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:tab/><w:t>D</w:t><w:br/></w:r></w:p>',
    );
    expect(paragraphs[0]?.text).toBe("AC9\tD\n");
    expect(hasPageField).toBe(false);
  });

  it("finds a PAGE field split over several instrText runs", () => {
    const { hasPageField } = read(
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PA</w:instrText></w:r><w:r><w:instrText>GE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
    );
    expect(hasPageField).toBe(true);
  });

  it("splits sections at a paragraph's sectPr and marks cells and sections holding tables", () => {
    const { paragraphs, sections } = read(
      '<w:p><w:pPr><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:pPr></w:p><w:tbl><w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl><w:sectPr/>',
    );
    expect(paragraphs.map((p) => [p.section, p.cell])).toEqual([
      [0, undefined],
      [1, "0/0/0"],
      [1, "0/0/1"],
    ]);
    expect(sections.map((s) => [s.index, s.hasTable])).toEqual([
      [0, false],
      [1, true],
    ]);
  });
});
