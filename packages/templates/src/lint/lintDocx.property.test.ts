import fc from "fast-check";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { expectQuickAnswer, megabyte } from "../../../../test/support/expectQuickAnswer.ts";
import { renderOfficialLetter } from "../documents/renderOfficialLetter.ts";
import { sampleLetter } from "../fixtures/sampleLetter.ts";
import { TemplateError } from "../input/TemplateError.ts";
import { wellWordedLetterFields, wordedText } from "../testing/wellWordedLetters.ts";
import { lintDocx } from "./lintDocx.ts";

const contentTypes =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>';
const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** XML-ish text: tags of the parts the linter reads, attributes, entities, and stray markup. */
const xmlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        `<w:document ${w}>`,
        "<w:body>",
        "</w:body>",
        "<w:p>",
        "</w:p>",
        "<w:r>",
        "</w:r>",
        "<w:t>",
        "</w:t>",
        "<w:tbl><w:tr><w:tc>",
        "</w:tc></w:tr></w:tbl>",
        '<w:rFonts w:asciiTheme="minorHAnsi"/>',
        '<w:sz w:val="x"/>',
        '<w:pgSz w:w="-1" w:h="1e9"/>',
        '<w:pgMar w:top="abc"/>',
        "<w:sectPr>",
        "</w:sectPr>",
        '<w:headerReference w:type="first" r:id="rId1"/>',
        "<w:titlePg/>",
        '<w:fldChar w:fldCharType="end"/>',
        '<w:fldChar w:fldCharType="begin"/>',
        "<w:instrText>PAGE</w:instrText>",
        "<mc:AlternateContent><mc:Choice>",
        "<w:txbxContent>",
        '<w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="A"/>',
        "&#xFFFFFFFF;",
        "&#99999999;",
        "&bogus;",
        "<![CDATA[",
        "<!--",
        "<?xml",
        "Nơi nhận:",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 05/BNV-VP",
        "Hà Nội, ngày 15 tháng 09 năm 2020",
        "- Lưu: VT, VP.",
        "\t",
        "<",
        ">",
        '"',
      ),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 60 },
  )
  .map((pieces) => pieces.join(""));

const partNames = fc.constantFrom(
  "word/document.xml",
  "word/styles.xml",
  "word/theme/theme1.xml",
  "word/header1.xml",
  "word/_rels/document.xml.rels",
  "_rels/.rels",
  "[Content_Types].xml",
);

describe("lintDocx on arbitrary input", () => {
  it("never throws on random bytes, and reports them unreadable", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const result = lintDocx(bytes);
        expect(result.ok).toBe(false);
        expect(result.issues.map((issue) => issue.code)).toEqual(["docx.unreadable"]);
      }),
      { numRuns: 200 },
    );
  });

  it("never throws on zips of random parts, and reports each issue with a known rule and a message", () => {
    fc.assert(
      fc.property(fc.dictionary(partNames, xmlish, { maxKeys: 7 }), fc.boolean(), (parts, real) => {
        const files = Object.fromEntries(
          Object.entries({ "[Content_Types].xml": contentTypes, ...parts }).map(([name, xml]) => [
            name,
            new TextEncoder().encode(xml),
          ]),
        );
        if (real)
          files["word/document.xml"] = new TextEncoder().encode(
            `<w:document ${w}><w:body>${parts["word/document.xml"] ?? ""}`,
          );
        const result = lintDocx(zipSync(files));
        for (const issue of result.issues) {
          expect(issue.message.length).toBeGreaterThan(0);
          expect(issue.message).not.toBe(issue.code);
        }
        expect(result.issues.some((issue) => issue.params.reason === "unexpected")).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("finds nothing wrong in any well-worded letter renderOfficialLetter lays out", async () => {
    const letters = fc.record({
      ...wellWordedLetterFields,
      copies: fc.array(wordedText, { minLength: 0, maxLength: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(letters, async ({ copies, ...fields }) => {
        const letter = { ...sampleLetter, ...fields, copies: ["Như trên", ...copies, "Lưu: VT, GDTX"] };
        expect(lintDocx(await renderOfficialLetter(letter)).issues).toEqual([]);
      }),
      { numRuns: 12 },
    );
  }, 30_000);
});

describe("lintDocx with arbitrary options", () => {
  it("lints with any options it can use, and refuses the others with a TemplateError only", async () => {
    const bytes = await renderOfficialLetter(sampleLetter, { generatedAt: "2020-01-05" });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const options = fc.oneof(
      fc.anything(),
      fc.record(
        { lang: fc.oneof(fc.constantFrom("vi", "en", "fr", "__proto__"), fc.anything()) },
        { requiredKeys: [] },
      ),
    );
    fc.assert(
      fc.property(options, (value) => {
        try {
          expect(Array.isArray(lintDocx(bytes, value as never).issues)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(TemplateError);
        }
      }),
      { numRuns: 100 },
    );
    for (const value of [null, proxy, { lang: 10n }, { i18n: 5 }]) {
      try {
        lintDocx(bytes, value as never);
      } catch (error) {
        expect(error).toBeInstanceOf(TemplateError);
      }
    }
    expect(lintDocx(proxy as never).issues.map((issue) => issue.code)).toEqual(["docx.unreadable"]);
  });
});

describe("lintDocx on adversarial text", () => {
  const docx = (body: string) =>
    zipSync({
      "[Content_Types].xml": new TextEncoder().encode(contentTypes),
      "word/document.xml": new TextEncoder().encode(`<w:document ${w}><w:body>${body}</w:body></w:document>`),
    });
  const paragraph = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

  it("answers a document holding a megabyte of adversarial text in a paragraph, a tag or an attribute at once", () => {
    const spaces = " ".repeat(megabyte);
    for (const body of [
      paragraph(`Hà Nội, ngày${spaces}x`),
      paragraph(`Hà Nội, ngày 1 tháng${spaces}x`),
      paragraph(`Số${spaces}x`),
      paragraph(`Nơi nhận:${spaces}x`),
      paragraph(`Phụ lục${spaces}x`),
      paragraph(`${"A".repeat(megabyte)} x`),
      paragraph(`Kính gửi${"\t".repeat(megabyte)}x`),
      paragraph("&amp;".repeat(megabyte / 5)),
      `<w:p ${"a".repeat(megabyte)}>`,
      "<".repeat(megabyte),
      `<w:p><w:pPr><w:jc w:val="${"b".repeat(megabyte)}"/></w:pPr></w:p>`,
    ]) {
      const bytes = docx(body);
      const result = expectQuickAnswer(() => lintDocx(bytes), 5_000);
      expect(result.issues.some((issue) => issue.params.reason === "unexpected")).toBe(false);
    }
  }, 30_000);
});
