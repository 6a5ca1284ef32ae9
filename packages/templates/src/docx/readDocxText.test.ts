import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { expectQuickAnswer, megabyte } from "../../../../test/support/expectQuickAnswer.ts";
import { renderOfficialLetter } from "../documents/renderOfficialLetter.ts";
import { sampleLetter } from "../fixtures/sampleLetter.ts";
import { TemplateError } from "../input/TemplateError.ts";
import { templateErrorCodes } from "../input/templateErrorCodes.ts";
import { withDeclared } from "../lint/testing/zipSurgery.ts";
import { readDocxText } from "./readDocxText.ts";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const docx = (body: string) =>
  zipSync({
    "word/document.xml": strToU8(`<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`),
  });

describe("readDocxText", () => {
  it("reads a rendered letter in reading order, header and signature table cells included", async () => {
    const paragraphs = readDocxText(await renderOfficialLetter(sampleLetter));
    expect(paragraphs.filter((p) => p !== "")).toEqual([
      "UBND TỈNH NAM ĐỊNH",
      "SỞ GIÁO DỤC VÀ ĐÀO TẠO",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 05/SGDĐT-GDTX",
      "V/v hưởng ứng Tuần lễ học tập suốt đời năm 2020",
      "Nam Định, ngày 05 tháng 01 năm 2020",
      "Kính gửi:",
      "- Phòng Giáo dục và Đào tạo các huyện, thành phố;",
      "- Các trung tâm giáo dục thường xuyên.",
      "Thực hiện Công văn số 3589/BGDĐT-GDTX, Sở Giáo dục và Đào tạo đề nghị các đơn vị như sau:",
      "1. Mục đích, yêu cầu",
      "a) Nâng cao nhận thức về học tập suốt đời;",
      "đ) Tổ chức hoạt động thiết thực, hiệu quả.",
      "- Báo cáo kết quả trước ngày 30/10/2020.",
      "Nơi nhận:",
      "- Như trên;",
      "- Lưu: VT, GDTX.",
      "KT. GIÁM ĐỐC",
      "PHÓ GIÁM ĐỐC",
      "Trần Văn A",
    ]);
  });

  it("turns w:tab into a tab and w:br into a line feed, but not tab-stop definitions", () => {
    const paragraphs = readDocxText(
      docx(
        '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t xml:space="preserve">c </w:t></w:r></w:p>',
      ),
    );
    expect(paragraphs).toEqual(["a\tb\nc "]);
  });

  it("decodes entities and leaves out field codes and deleted text", () => {
    const paragraphs = readDocxText(
      docx(
        "<w:p><w:r><w:t>A &amp; B &lt;c&gt; &#x1F600;&#65;</w:t></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:del><w:r><w:delText>gone</w:delText></w:r></w:del></w:p><w:p/>",
      ),
    );
    expect(paragraphs).toEqual(["A & B <c> 😀A", ""]);
  });

  it("accepts an ArrayBuffer", () => {
    const bytes = docx("<w:p><w:r><w:t>x</w:t></w:r></w:p>");
    expect(readDocxText(bytes.slice().buffer)).toEqual(["x"]);
  });

  it("throws a TemplateError for bytes that are not a .docx", () => {
    expect(() => readDocxText(new Uint8Array([1, 2, 3]))).toThrow(TemplateError);
    expect(() => readDocxText(zipSync({ "a.txt": strToU8("x") }))).toThrow(/word\/document\.xml/u);
  });

  it("reads a text box once, Choice over Fallback, after the paragraph that anchors it", () => {
    const box = "<w:txbxContent><w:p><w:r><w:t>Hộp</w:t></w:r></w:p></w:txbxContent>";
    const paragraphs = readDocxText(
      docx(
        `<w:p><w:r><w:t>Trước</w:t></w:r><w:r><mc:AlternateContent ${MC}><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>${box}</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t xml:space="preserve"> sau</w:t></w:r></w:p><w:p><w:r><w:t>Tiếp</w:t></w:r></w:p>`,
      ),
    );
    expect(paragraphs).toEqual(["Trước sau", "Hộp", "Tiếp"]);
  });

  it("reads the main document the package's relationships name, as lintDocx does", () => {
    const bytes = zipSync({
      "_rels/.rels": strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/main.xml"/></Relationships>',
      ),
      "word/main.xml": strToU8(`<w:document ${W}><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>`),
    });
    expect(readDocxText(bytes)).toEqual(["x"]);
  });

  it("throws a TemplateError for a main document that is damaged or too large", () => {
    const bytes = docx("<w:p><w:r><w:t>x</w:t></w:r></w:p>");
    expect(() => readDocxText(withDeclared(bytes, "word/document.xml", { crc: 0 }))).toThrow(/damaged/u);
    expect(() => readDocxText(withDeclared(bytes, "word/document.xml", { size: 0x7fffffff }))).toThrow(
      /larger than 64 MB/u,
    );
  });
});

describe("readDocxText on adversarial input", () => {
  it("answers a megabyte of unclosed markup, entities or text at once", () => {
    for (const body of [
      "<".repeat(megabyte),
      `<w:p ${"a".repeat(megabyte)}`,
      `<w:p><w:r><w:t>${"&#x1".repeat(megabyte / 4)}</w:t></w:r></w:p>`,
      `<w:p><w:r><w:t>${"&".repeat(megabyte)}</w:t></w:r></w:p>`,
      `<w:p><w:r><w:t>${"x ".repeat(megabyte / 2)}</w:t></w:r></w:p>`,
    ]) {
      const bytes = docx(body);
      expectQuickAnswer(() => readDocxText(bytes), 1_000);
    }
  });

  it("refuses at once a body nested deeper than any document, as lintDocx does", () => {
    const bytes = docx("<w:p>".repeat(megabyte / 5));
    expectQuickAnswer(() => expect(() => readDocxText(bytes)).toThrow(TemplateError), 1_000);
  });

  it("reads a character reference beyond Unicode as U+FFFD instead of throwing", () => {
    expect(readDocxText(docx("<w:p><w:r><w:t>a&#x110000;b&#99999999;c</w:t></w:r></w:p>"))).toEqual([
      "a\uFFFDb\uFFFDc",
    ]);
  });

  it("refuses anything that is not bytes with a TemplateError", () => {
    for (const value of [undefined, null, 3, "PK", 10n, Symbol("x"), {}, [1, 2]]) {
      expect(() => readDocxText(value as never)).toThrow(TemplateError);
    }
  });
});

describe("readDocxText's error code", () => {
  const refusal = (value: unknown): TemplateError => {
    try {
      readDocxText(value as never);
    } catch (error) {
      expect(error).toBeInstanceOf(TemplateError);
      return error as TemplateError;
    }
    throw new Error("readDocxText did not throw");
  };

  it("is templates.invalid-docx, with a message saying what is wrong with the bytes, for every refusal", () => {
    const good = docx("<w:p><w:r><w:t>x</w:t></w:r></w:p>");
    const cases: readonly [unknown, RegExp][] = [
      ["PK", /a Uint8Array or an ArrayBuffer was expected, not/u],
      [new Uint8Array([1, 2, 3]), /they are not a zip file/u],
      [strToU8("This is a letter saved as .txt, not .docx"), /they are not a zip file/u],
      [zipSync({ "a.txt": strToU8("x") }), /the package has no word\/document\.xml part/u],
      [zipSync({ "word/document.xml": strToU8("<html><body>x</body></html>") }), /is not WordprocessingML/u],
      [withDeclared(good, "word/document.xml", { crc: 0 }), /word\/document\.xml is damaged/u],
      [withDeclared(good, "word/document.xml", { size: 0x7fffffff }), /larger than 64 MB/u],
    ];
    for (const [value, why] of cases) {
      const error = refusal(value);
      expect(error.code).toBe("templates.invalid-docx");
      expect(error.code).toBe(templateErrorCodes.invalidDocx);
      expect(error.message).toMatch(/^These bytes are not a \.docx: /u);
      expect(error.message).toMatch(why);
    }
  });

  it("is the same code through the package's public entry point", async () => {
    const templates = await import("../index.ts");
    expect(() => templates.readDocxText(new Uint8Array([0x50, 0x4b, 3, 4]))).toThrow(
      expect.objectContaining({ name: "TemplateError", code: templates.templateErrorCodes.invalidDocx }),
    );
  });
});
