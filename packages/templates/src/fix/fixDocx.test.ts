import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { renderOfficialLetter } from "../documents/renderOfficialLetter.ts";
import { sampleLetter } from "../fixtures/sampleLetter.ts";
import { TemplateError } from "../input/TemplateError.ts";
import { docxLimits } from "../lint/docxLimits.ts";
import { lintDocx } from "../lint/lintDocx.ts";
import { readZipDirectory } from "../lint/readZipDirectory.ts";
import { handTypedLetter, withPageCount } from "../lint/testing/handTypedLetter.ts";
import { nd30Profile } from "../nd30Profile.ts";
import { renderSamples } from "../testing/sampleRenders.ts";
import { fixDocx } from "./fixDocx.ts";

const codes = (issues: readonly { code: string }[]) => issues.map((issue) => issue.code).sort();
const text = (bytes: Uint8Array, name: string) => new TextDecoder().decode(unzipSync(bytes)[name]);

/** Each entry's compressed bytes, as stored in the zip. */
const rawEntries = (bytes: Uint8Array): Map<string, string> => {
  const directory = readZipDirectory(bytes, docxLimits.maxEntries);
  if (!directory.ok) throw new Error("not a zip");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const raw = new Map<string, string>();
  for (const entry of directory.entries.values()) {
    const at = entry.localHeaderOffset;
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    raw.set(entry.name, Buffer.from(bytes.subarray(start, start + entry.compressedSize)).toString("base64"));
  }
  return raw;
};

describe("fixDocx", () => {
  it("gives a document of the SDK back byte for byte, with nothing fixed", async () => {
    const bytes = await renderOfficialLetter(sampleLetter);
    const result = fixDocx(bytes);
    expect(Buffer.from(result.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(result.fixed).toEqual([]);
    expect(result.remaining).toEqual([]);
    expect(result).toMatchObject({ ok: true, value: result.bytes, issues: [] });
  });

  it("returns { ok, value, issues }: the fixed file, lintDocx's verdict and issues on it; bytes and remaining alike", async () => {
    const result = fixDocx(
      await handTypedLetter({ page: { width: 12240, height: 15840 }, numberLine: "Số /SGDĐT-GDTX" }),
    );
    const after = lintDocx(result.value ?? new Uint8Array());
    expect(result.fixed.length).toBeGreaterThan(0);
    expect(result.value).toBe(result.bytes);
    expect(result.issues).toBe(result.remaining);
    expect(result.issues).toEqual(after.issues);
    expect(result.ok).toBe(after.ok);
  });

  it("gives every template's sample back byte for byte: the SDK's documents have nothing to fix", async () => {
    const documents = await renderSamples();
    for (const [name, bytes] of Object.entries(documents)) {
      const result = fixDocx(bytes);
      expect(result.fixed, name).toEqual([]);
      expect(Buffer.from(result.bytes).equals(Buffer.from(bytes)), name).toBe(true);
    }
  }, 30_000);

  it("sets the decree's margins in a section whose margins are off, and lints clean of them", async () => {
    const bytes = await handTypedLetter({ margins: { top: 1009, bottom: 244, left: 1412, right: 1418 } });
    const result = fixDocx(bytes);
    expect(codes(result.fixed)).toEqual([
      "nd30.page.margin-bottom",
      "nd30.page.margin-left",
      "nd30.page.margin-right",
      "nd30.page.margin-top",
    ]);
    expect(result.fixed[0]?.path).toEqual(["word/document.xml", "sections", 0]);
    expect(result.remaining).toEqual([]);
    const { page } = nd30Profile;
    expect(text(result.bytes, "word/document.xml")).toContain(
      `w:top="${page.marginTop.value}" w:right="${page.marginRight.value}" w:bottom="${page.marginBottom.value}" w:left="${page.marginLeft.value}"`,
    );
  });

  it("turns Letter paper into A4, and keeps a landscape page landscape", async () => {
    const portrait = fixDocx(await handTypedLetter({ page: { width: 12240, height: 15840 } }));
    expect(codes(portrait.fixed)).toEqual(["nd30.page.size"]);
    expect(text(portrait.bytes, "word/document.xml")).toMatch(/<w:pgSz w:w="11906" w:h="16838"/u);
    const landscape = fixDocx(await handTypedLetter({ landscapeSection: "table" }), { lang: "en" });
    expect(landscape.fixed).toEqual([]);
  });

  it("keeps every entry it does not change byte for byte, and gives the same bytes each time", async () => {
    const bytes = await handTypedLetter({ margins: { top: 1009, bottom: 1134, left: 1701, right: 850 } });
    const result = fixDocx(bytes);
    const before = rawEntries(bytes);
    const after = rawEntries(result.bytes);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [name, raw] of before) if (name !== "word/document.xml") expect(after.get(name), name).toBe(raw);
    expect(Buffer.from(fixDocx(bytes).bytes).equals(Buffer.from(result.bytes))).toBe(true);
  });

  it("fixes nothing in what lintDocx cannot read, and gives its issues", () => {
    const garbage = new TextEncoder().encode("not a docx");
    const result = fixDocx(garbage);
    expect(result.bytes).toEqual(garbage);
    expect(result.fixed).toEqual([]);
    expect(result.remaining).toEqual(lintDocx(garbage).issues);
    expect(result).toMatchObject({ ok: false, value: undefined, issues: lintDocx(garbage).issues });
  });

  it("refuses options it cannot use with a TemplateError", async () => {
    const bytes = await handTypedLetter();
    expect(() => fixDocx(bytes, { lang: "fr" as "en" })).toThrow(TemplateError);
  });
});

describe("fixDocx on the header's and «Nơi nhận»'s text", () => {
  it("spells the Quốc hiệu «HÒA», spaces the Tiêu ngữ and adds the colon of «Lưu VT»", async () => {
    const bytes = await handTypedLetter({
      nationalTitle: "CỘNG HOÀ XÃ HỘI  CHỦ NGHĨA VIỆT NAM",
      motto: "Độc lập -  Tự do-Hạnh phúc",
      copies: ["- Như trên;", "- Lưu VT, GDTX."],
    });
    const result = fixDocx(bytes);
    expect(codes(result.fixed)).toEqual(
      codes(lintDocx(bytes).issues.filter((issue) => !issue.code.startsWith("nd30.page"))),
    );
    expect(result.remaining).toEqual([]);
    const xml = text(result.bytes, "word/document.xml");
    expect(xml).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(xml).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(xml).toContain("Lưu: VT, GDTX.");
  });

  it("never invents the drafting unit's abbreviation after «Lưu: VT»", async () => {
    const bytes = await handTypedLetter({ copies: ["- Như trên;", "- Lưu: VT."] });
    const result = fixDocx(bytes);
    expect(result.fixed).toEqual([]);
    expect(codes(result.remaining)).toEqual(codes(lintDocx(bytes).issues));
    expect(Buffer.from(result.bytes).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe("fixDocx on fonts and sizes", () => {
  it("sets Times New Roman as the default font, in place of another font or a theme's", async () => {
    const bytes = await handTypedLetter({ font: "Arial" });
    const result = fixDocx(bytes);
    expect(codes(result.fixed)).toEqual(["nd30.font.family"]);
    expect(result.remaining).toEqual([]);
    expect(text(result.bytes, "word/styles.xml")).toContain(
      '<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Arial" w:hAnsi="Times New Roman"/>',
    );
  });

  it("sets the body's runs to 14 pt when they are outside 13-14 pt, and leaves the header's sizes alone", async () => {
    const bytes = await handTypedLetter({ bodySize: 24 });
    const result = fixDocx(bytes);
    expect(codes(result.fixed)).toEqual(["nd30.body.size"]);
    expect(result.remaining).toEqual([]);
    expect(text(result.bytes, "word/document.xml")).toContain('<w:sz w:val="28"/>');
  });
});

describe("fixDocx on page numbers", () => {
  it("adds a centred PAGE field in a new header shown from page 2, with an empty first-page header", async () => {
    const bytes = withPageCount(await handTypedLetter({ pageNumber: "none" }), 3);
    const result = fixDocx(bytes);
    expect(codes(result.fixed)).toEqual(["nd30.page-number.missing"]);
    expect(result.remaining).toEqual([]);
    const xml = text(result.bytes, "word/document.xml");
    expect(xml).toContain('<w:headerReference w:type="first" r:id="xhhtFirstPageHeader"/>');
    expect(xml).toContain("<w:titlePg/>");
    expect(text(result.bytes, "[Content_Types].xml")).toContain("header+xml");
  });

  it("moves a page number from the footer's right to the header's centre", async () => {
    const bytes = withPageCount(await handTypedLetter({ pageNumber: "footer-right" }), 3);
    const result = fixDocx(bytes);
    expect(codes(lintDocx(bytes).issues)).toContain("nd30.page-number.position");
    expect(result.remaining).toEqual([]);
    expect(codes(result.fixed)).toEqual(codes(lintDocx(bytes).issues));
  });

  it("hides a page number shown on page 1 behind an empty first-page header", async () => {
    const bytes = await handTypedLetter({ pageNumberOnFirstPage: true });
    const result = fixDocx(bytes);
    expect(codes(result.fixed)).toEqual(["nd30.page-number.first-page"]);
    expect(result.remaining).toEqual([]);
  });
});
