import { directive2020 } from "@xhht/domain";
import { zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { renderOfficialLetter } from "../documents/renderOfficialLetter.ts";
import { sampleLetter } from "../fixtures/sampleLetter.ts";
import { lintDocx } from "./lintDocx.ts";
import { editParts, type HandTypedOptions, handTypedLetter } from "./testing/handTypedLetter.ts";

const codes = (bytes: Uint8Array) => lintDocx(bytes).issues.map((issue) => issue.code);
const tenMm = 567;

describe("lintDocx", () => {
  describe("on the documents renderOfficialLetter lays out", () => {
    const { number: _, ...draft } = sampleLetter;
    const { parentBody: __, ...noParent } = sampleLetter;
    const cases = {
      "the 2020 letter, Công văn 3589/BGDĐT-GDTX": directive2020.letter,
      "the sample letter": sampleLetter,
      "a draft without a number": draft,
      "a letter with one recipient and no parent body": { ...noParent, recipients: ["Bộ Nội vụ"] },
    };
    for (const [name, letter] of Object.entries(cases)) {
      it(`finds nothing wrong in ${name}`, async () => {
        const result = lintDocx(await renderOfficialLetter(letter));
        expect(result.issues).toEqual([]);
        expect(result.ok).toBe(true);
      });
    }
  });

  describe("on a letter typed in Word", () => {
    let good: Uint8Array;
    beforeAll(async () => {
      good = await handTypedLetter();
    });

    it("finds nothing wrong when font and body size are inherited from docDefaults and styles", () => {
      expect(lintDocx(good).issues).toEqual([]);
    });

    it("returns { ok, value, issues }, value what it read, and the deprecated kind beside it", () => {
      expect(lintDocx(good)).toEqual({ ok: true, value: { kind: "document" }, issues: [], kind: "document" });
    });

    it("finds nothing wrong in a header typed with tabs instead of a table", async () => {
      expect(codes(await handTypedLetter({ headerWithTabs: true }))).toEqual([]);
    });

    it("reads a header typed in the first page's header part", async () => {
      const typed = await handTypedLetter({ headerWithTabs: true });
      let header = "";
      const moved = editParts(typed, (name, xml) => {
        if (name !== "word/document.xml") return undefined;
        const lines = xml.match(/<w:p>[\s\S]*?<\/w:p>/gu)?.slice(0, 3) ?? [];
        header = lines.join("");
        return lines.reduce((rest, line) => rest.replace(line, ""), xml);
      });
      const inHeader = editParts(moved, (name, xml) =>
        name === "word/header2.xml" ? xml.replace("<w:p/>", header) : undefined,
      );
      expect(header).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(codes(inHeader)).toEqual([]);
      expect(codes(moved)).toEqual([
        "nd30.national-title.missing",
        "nd30.motto.missing",
        "nd30.number.missing",
        "nd30.date-line.missing",
      ]);
    });

    it("reads an ArrayBuffer as well as a Uint8Array", () => {
      const buffer = good.buffer.slice(good.byteOffset, good.byteOffset + good.byteLength) as ArrayBuffer;
      expect(lintDocx(buffer).issues).toEqual([]);
    });

    const failing: [string, HandTypedOptions, string[]][] = [
      ["Arial as the document font", { font: "Arial" }, ["nd30.font.family"]],
      ["a 12 pt body", { bodySize: 24 }, ["nd30.body.size"]],
      ["Letter paper", { page: { width: 12240, height: 15840 } }, ["nd30.page.size"]],
      [
        "10 mm margins",
        { margins: { top: tenMm, bottom: tenMm, left: tenMm, right: tenMm } },
        ["nd30.page.margin-top", "nd30.page.margin-bottom", "nd30.page.margin-left", "nd30.page.margin-right"],
      ],
      [
        "a 26 mm top margin",
        { margins: { top: 1474, bottom: 1134, left: 1701, right: 850 } },
        ["nd30.page.margin-top"],
      ],
      [
        "a 36 mm left margin",
        { margins: { top: 1134, bottom: 1134, left: 2041, right: 850 } },
        ["nd30.page.margin-left"],
      ],
      ["a PAGE field shown on page 1", { pageNumberOnFirstPage: true }, ["nd30.page-number.first-page"]],
      [
        "«ngày 15 tháng 09 năm 2020»",
        { dateLine: "Hà Nội, ngày 15 tháng 09 năm 2020" },
        ["nd30.date-line.leading-zero"],
      ],
      ["no date line", { dateLine: "Hà Nội" }, ["nd30.date-line.missing"]],
      ["«Độc lập-Tự do-Hạnh phúc»", { motto: "Độc lập-Tự do-Hạnh phúc" }, ["nd30.motto.text"]],
      ["en dashes in the Tiêu ngữ", { motto: "Độc lập – Tự do – Hạnh phúc" }, ["nd30.motto.text"]],
      ["no Tiêu ngữ", { motto: "Độc lập" }, ["nd30.motto.missing"]],
      [
        "a Quốc hiệu in sentence case",
        { nationalTitle: "Cộng hòa xã hội chủ nghĩa Việt Nam" },
        ["nd30.national-title.text"],
      ],
      [
        "the legacy spelling «CỘNG HOÀ»",
        { nationalTitle: "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" },
        ["nd30.national-title.legacy-spelling"],
      ],
      ["no Quốc hiệu", { nationalTitle: "VIỆT NAM" }, ["nd30.national-title.missing"]],
      ["«Số» without its colon", { numberLine: "Số 125/UBND-VX" }, ["nd30.number.colon"]],
      ["a number 5 without its leading 0", { numberLine: "Số: 5/UBND-VX" }, ["nd30.number.leading-zero"]],
      ["no number line", { numberLine: "UBND-VX" }, ["nd30.number.missing"]],
      ["«Nơi nhận» upright", { copiesHeading: { italics: false } }, ["nd30.copies.heading-style"]],
      ["«Nơi nhận» at 13 pt", { copiesHeading: { size: 26 } }, ["nd30.copies.heading-size"]],
      ["«Nơi nhận» lines at 13 pt", { copiesSize: 26 }, ["nd30.copies.size"]],
      // Decree 30/2020, Phụ lục I, Phần I, mục II.9.b: the list is 11 pt, the heading 12.
      ["«Nơi nhận» lines at 12 pt", { copiesSize: 24 }, ["nd30.copies.size"]],
      ["no «Nơi nhận»", { noCopies: true }, ["nd30.copies.missing"]],
      [
        "a «Nơi nhận» list without «- Như trên;»",
        { copies: ["- Sở Tài chính;", "- Lưu: VT, VX."] },
        ["nd30.noi-nhan.nhu-tren"],
      ],
      ["a «Nơi nhận» list ending «;»", { copies: ["- Như trên;", "- Lưu: VT, VX;"] }, ["nd30.recipients.punctuation"]],
      ["a landscape section of text", { landscapeSection: "text" }, ["nd30.page.orientation"]],
      // Decree 30/2020, Phụ lục I, Phần I, mục I: a table not made into a separate appendix may be landscape.
      ["a landscape table in the body", { landscapeSection: "table" }, []],
      [
        "a landscape appendix of text",
        { landscapeSection: "text", landscapeAppendix: "heading" },
        ["nd30.page.orientation"],
      ],
      [
        "a landscape appendix holding a table, under its «Phụ lục» heading",
        { landscapeSection: "table", landscapeAppendix: "heading" },
        ["nd30.page.landscape-table"],
      ],
      [
        "a landscape table whose section restarts the page numbers, as an appendix does",
        { landscapeSection: "table", landscapeAppendix: "numbering" },
        ["nd30.page.landscape-table"],
      ],
    ];
    for (const [name, options, expected] of failing) {
      it(`reports ${expected.length === 0 ? "nothing" : expected.join(", ")} for ${name}`, async () => {
        expect(codes(await handTypedLetter(options))).toEqual(expected);
      });
    }

    it("reads an appendix's heading typed upper case and numbered, «PHỤ LỤC 01», as an appendix's", async () => {
      const appendix = await handTypedLetter({ landscapeSection: "table", landscapeAppendix: "heading" });
      let typed = "";
      const upper = editParts(appendix, (name, xml) => {
        if (name !== "word/document.xml") return undefined;
        typed = xml.replace(">Phụ lục<", ">PHỤ LỤC 01<");
        return typed;
      });
      expect(typed).toContain(">PHỤ LỤC 01<");
      expect(codes(upper)).toEqual(["nd30.page.landscape-table"]);
    });

    it("reports every fault of a badly typed letter, and only those, each once", async () => {
      const bytes = await handTypedLetter({
        font: "Arial",
        bodySize: 24,
        page: { width: 12240, height: 15840 },
        margins: { top: tenMm, bottom: tenMm, left: tenMm, right: tenMm },
        pageNumberOnFirstPage: true,
        dateLine: "Hà Nội, ngày 15 tháng 09 năm 2020",
        motto: "Độc lập-Tự do-Hạnh phúc",
      });
      const result = lintDocx(bytes);
      expect(result.ok).toBe(false);
      expect([...codes(bytes)].sort()).toEqual(
        [
          "nd30.body.size",
          "nd30.date-line.leading-zero",
          "nd30.font.family",
          "nd30.motto.text",
          "nd30.page-number.first-page",
          "nd30.page.margin-bottom",
          "nd30.page.margin-left",
          "nd30.page.margin-right",
          "nd30.page.margin-top",
          "nd30.page.size",
        ].sort(),
      );
    });

    it("counts a font once with its runs, and locates its first use", async () => {
      const [issue, ...rest] = lintDocx(await handTypedLetter({ font: "Arial" }), { lang: "en" }).issues;
      expect(rest).toEqual([]);
      expect(issue).toMatchObject({
        code: "nd30.font.family",
        severity: "error",
        path: ["word/document.xml", 0],
        params: { font: "Arial", part: "word/document.xml", paragraph: 0, excerpt: "ỦY BAN NHÂN DÂN" },
        basis: { document: "Nghị định 30/2020/NĐ-CP", article: "Phụ lục I, Phần I, mục I" },
      });
      expect(issue?.params.count).toBeGreaterThan(10);
      expect(issue?.message).toMatch(/^The font must be Times New Roman; \d+ runs of text use «Arial»/u);
    });

    it("locates the date line and passes on domain's issue, in Vietnamese by default", async () => {
      const [issue] = lintDocx(await handTypedLetter({ dateLine: "Hà Nội, ngày 15 tháng 09 năm 2020" })).issues;
      expect(issue).toMatchObject({
        code: "nd30.date-line.leading-zero",
        path: ["word/document.xml", 6, "month"],
        params: { found: "tháng 09", expected: "tháng 9", paragraph: 6, excerpt: "Hà Nội, ngày 15 tháng 09 năm 2020" },
        message: "Viết «tháng 9», không viết «tháng 09»: chỉ ngày nhỏ hơn 10 và tháng 1, 2 mới thêm số 0 phía trước.",
      });
    });

    it("gives the size of a section's paper and margins in mm", async () => {
      const issues = lintDocx(
        await handTypedLetter({
          page: { width: 12240, height: 15840 },
          margins: { top: tenMm, bottom: 1134, left: 1701, right: 850 },
        }),
        { lang: "en" },
      ).issues;
      expect(issues.map((issue) => [issue.code, issue.path, issue.message])).toEqual([
        [
          "nd30.page.size",
          ["word/document.xml", "sections", 0],
          "Section 1: the paper must be A4 (210 × 297 mm); it is 215.9 × 279.4 mm.",
        ],
        [
          "nd30.page.margin-top",
          ["word/document.xml", "sections", 0],
          "Section 1: the top margin must be 20-25 mm; it is 10 mm.",
        ],
      ]);
    });

    it("keeps a legacy «CỘNG HOÀ» a warning: the document stays ok", async () => {
      const result = lintDocx(await handTypedLetter({ nationalTitle: "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" }));
      expect(result.ok).toBe(true);
      expect(result.issues.map((issue) => issue.severity)).toEqual(["warning"]);
    });

    it("resolves theme fonts through the theme's minor font", () => {
      const themed = editParts(good, (name, xml) =>
        name === "word/styles.xml"
          ? xml.replace(
              /<w:rFonts w:ascii="Times New Roman"[^>]*\/>/u,
              '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cs="Times New Roman"/>',
            )
          : undefined,
      );
      expect(lintDocx(themed).issues.map((issue) => [issue.code, issue.params.font])).toEqual([
        ["nd30.font.family", "Calibri"],
      ]);
      const timesTheme = editParts(themed, (name, xml) =>
        name === "word/theme/theme1.xml"
          ? xml.replace(/(<a:minorFont><a:latin typeface=")Calibri/u, "$1Times New Roman")
          : undefined,
      );
      expect(codes(timesTheme)).toEqual([]);
    });

    it("lets a paragraph style's font override docDefaults", () => {
      const styled = editParts(good, (name, xml) =>
        name === "word/styles.xml"
          ? xml.replace(
              '<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/>',
              '<w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/><w:rPr><w:rFonts w:ascii="Cambria" w:hAnsi="Cambria"/><w:sz w:val="26"/></w:rPr>',
            )
          : undefined,
      );
      expect(lintDocx(styled).issues.map((issue) => [issue.code, issue.params.font])).toEqual([
        ["nd30.font.family", "Cambria"],
      ]);
    });

    it("sees a PAGE field written as w:fldSimple in the first-page header", () => {
      const simple = editParts(good, (name, xml) =>
        // header2 is the first-page header: an empty paragraph until now.
        name === "word/header2.xml"
          ? xml.replace(
              /<w:p>(<w:pPr>.*?<\/w:pPr>)?<\/w:p>|<w:p\/>/u,
              '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:fldSimple w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>',
            )
          : undefined,
      );
      expect(codes(simple)).toEqual(["nd30.page-number.first-page"]);
    });
  });

  describe("on bytes that are not a .docx", () => {
    const cases: [string, Uint8Array | ArrayBuffer, string][] = [
      ["empty bytes", new Uint8Array(), "not-zip"],
      ["a text file", new TextEncoder().encode("Số: 05/BNV-VP"), "not-zip"],
      ["a zip with no document", zipSync({ "a.txt": new TextEncoder().encode("a") }), "no-document"],
      [
        "a zip whose document is not WordprocessingML",
        zipSync({ "word/document.xml": new TextEncoder().encode("<html><body/></html>") }),
        "bad-xml",
      ],
      ["an empty ArrayBuffer", new ArrayBuffer(0), "not-zip"],
    ];
    for (const [name, bytes, reason] of cases) {
      it(`returns one docx.unreadable issue for ${name}`, () => {
        const result = lintDocx(bytes, { lang: "en" });
        expect(result.ok).toBe(false);
        expect(result.value).toBeUndefined();
        expect(result.issues).toEqual([
          {
            code: "docx.unreadable",
            severity: "error",
            path: [],
            params: { reason },
            basis: undefined,
            message: `The file cannot be read: it is not a valid .docx (${reason}).`,
          },
        ]);
      });
    }

    it("does not throw on something that is not bytes at all", () => {
      expect(lintDocx("hello" as unknown as Uint8Array).issues[0]?.params).toEqual({ reason: "not-bytes" });
    });
  });
});
