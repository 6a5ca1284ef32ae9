import { describe, expect, it } from "vitest";
import { lintDocx } from "./lintDocx.ts";
import { editParts, type HandTypedOptions, handTypedLetter, withPageCount } from "./testing/handTypedLetter.ts";

const codes = (bytes: Uint8Array) => lintDocx(bytes).issues.map((issue) => issue.code);
/** An edit of the main document that must change it: a test whose edit finds nothing to change proves nothing. */
const documentPart = (edit: (xml: string) => string) => (name: string, xml: string) => {
  if (name !== "word/document.xml") return undefined;
  const edited = edit(xml);
  if (edited === xml) throw new Error("The test's edit changed nothing in word/document.xml");
  return edited;
};

describe("lintDocx on the documents offices really send", () => {
  describe("recognises what a document is and holds it only to its own rules", () => {
    it("reads a regulation issued with a decision as an attachment: no number, date line or «Nơi nhận»", async () => {
      const result = lintDocx(await handTypedLetter({ kind: "attachment" }));
      expect(result.issues).toEqual([]);
      expect(result.kind).toBe("attachment");
    });

    it("reads «(Kèm theo Quyết định …)» under a title without a number line as an attachment too", async () => {
      const bytes = editParts(
        await handTypedLetter({ kind: "attachment" }),
        documentPart((xml) => xml.replace("(Ban hành kèm theo Quyết định", "(Kèm theo Quyết định")),
      );
      expect(lintDocx(bytes)).toMatchObject({ issues: [], kind: "attachment" });
    });

    it("still checks an attachment's Quốc hiệu", async () => {
      const legacy = await handTypedLetter({ kind: "attachment", nationalTitle: "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM" });
      expect(codes(legacy)).toEqual(["nd30.national-title.legacy-spelling"]);
    });

    it("reads a file opening with «Phụ lục I» as an appendix: no Quốc hiệu, number, date line or «Nơi nhận»", async () => {
      const result = lintDocx(await handTypedLetter({ kind: "appendix" }));
      expect(result.issues).toEqual([]);
      expect(result.kind).toBe("appendix");
    });

    it("reads a letter as a document", async () => {
      expect(lintDocx(await handTypedLetter()).kind).toBe("document");
    });
  });

  describe("reads the header rules in page 1's header block only", () => {
    it("does not let a «Kính gửi» in an appendix's form ask a decision's «Nơi nhận» for «- Như trên;»", async () => {
      expect(codes(await handTypedLetter({ decisionWithForm: true }))).toEqual([]);
    });

    it("does not read a table cell «Số card mạng/số IP» pages later as the number line", async () => {
      expect(codes(await handTypedLetter({ decisionWithForm: true, numberLine: "UBND-VX" }))).toEqual([
        "nd30.number.missing",
      ]);
    });
  });

  const cases: [string, HandTypedOptions, string[]][] = [
    ["a blank-day draft, «ngày      tháng 8 năm 2025»", { dateLine: "Hà Nội, ngày      tháng 8 năm 2025" }, []],
    ["a draft with dots for the day and month", { dateLine: "Hà Nội, ngày … tháng … năm 2025" }, []],
    [
      "a template's date line, «[Địa danh], ngày ... tháng ... năm 20...»",
      { dateLine: "[Địa danh], ngày ... tháng ... năm 20..." },
      [],
    ],
    [
      "a blank-day draft with «tháng 08»",
      { dateLine: "Hà Nội, ngày      tháng 08 năm 2025" },
      ["nd30.date-line.leading-zero"],
    ],
    [
      "a draft without the comma after the place",
      { dateLine: "Hà Nội ngày      tháng 8 năm 2025" },
      ["nd30.date-line.comma"],
    ],
    ["a normative number «Số: 15/2010/QĐ-UBND»", { numberLine: "Số: 15/2010/QĐ-UBND" }, []],
    ["a National Assembly resolution's number, «Số: 202/2025/QH15»", { numberLine: "Số: 202/2025/QH15" }, []],
    [
      "a normative number below 10, «Số: 5/2010/QĐ-UBND»",
      { numberLine: "Số: 5/2010/QĐ-UBND" },
      ["nd30.number.leading-zero"],
    ],
    [
      "a normative number with a two-digit year, «Số: 15/10/QĐ-UBND»",
      { numberLine: "Số: 15/10/QĐ-UBND" },
      ["nd30.number.normative-format"],
    ],
    ["a template's blanks in the symbol, «Số: ....../QĐ-HĐ...»", { numberLine: "Số: ....../QĐ-HĐ..." }, []],
    [
      "a mail-merge template's number and date fields",
      { numberLine: "Số: {{so_ky_hieu}}", dateLine: "{{dia_danh_thoi_gian}}" },
      [],
    ],
    ["a «Nơi nhận» list typed with line breaks", { copiesWithBreaks: true }, []],
    [
      "a «Nơi nhận» list typed with line breaks, without «- Như trên;»",
      { copiesWithBreaks: true, copies: ["- Sở Tài chính;", "- Lưu: VT, VX."] },
      ["nd30.noi-nhan.nhu-tren"],
    ],
    [
      "a «Nơi nhận» list typed with line breaks at 12 pt",
      { copiesWithBreaks: true, copiesSize: 24 },
      ["nd30.copies.size"],
    ],
    [
      "a «Nơi nhận» list typed on the heading's line, «Nơi nhận:<br>- Như trên;<br>- Lưu: VT, VX.»",
      { copies: [], copiesHeadingText: "Nơi nhận:<br>- Như trên;<br>- Lưu: VT, VX." },
      // The list's line carries the heading's 12 pt.
      ["nd30.recipients.dash", "nd30.copies.size"],
    ],
    ["red text in the body", { bodyColor: "FF0000" }, ["nd30.font.color"]],
    ["blue text in the body", { bodyColor: "0000FF" }, ["nd30.font.color"]],
    ["text coloured black explicitly", { bodyColor: "000000" }, []],
    ["a .VnTime page number in an even-page footer Word never shows", { evenFooterFont: ".VnTime" }, []],
    [
      "a .VnTime page number in an even-page footer Word shows",
      { evenFooterFont: ".VnTime", evenAndOddHeaders: true },
      ["nd30.font.family"],
    ],
  ];
  for (const [name, options, expected] of cases) {
    it(`reports ${expected.length === 0 ? "nothing" : expected.join(", ")} for ${name}`, async () => {
      expect(codes(await handTypedLetter(options))).toEqual(expected);
    });
  }

  it("reads a Quốc hiệu and Tiêu ngữ typed on one line as there but wrong, not missing", async () => {
    const joined = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc";
    expect(codes(await handTypedLetter({ nationalTitle: joined, motto: "" }))).toEqual([
      "nd30.national-title.text",
      "nd30.motto.text",
    ]);
  });

  it("says what a normative number is when it is not one", async () => {
    const [issue] = lintDocx(await handTypedLetter({ numberLine: "Số: 15/10/QĐ-UBND" }), { lang: "en" }).issues;
    expect(issue?.message).toContain("«Số: 15/2010/QĐ-UBND» (number, year of issue, symbol)");
    expect(lintDocx(await handTypedLetter({ numberLine: "Số: 15/2010/QĐ-UBND" })).kind).toBe("normative");
  });

  describe("the words «Nơi nhận» and what cannot be seen", () => {
    const heading = /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:t xml:space="preserve">Nơi nhận:<\/w:t><\/w:r>/u;

    it("does not judge the colon after «Nơi nhận»", async () => {
      const bytes = editParts(
        await handTypedLetter(),
        documentPart((xml) =>
          xml.replace(
            heading,
            '<w:r><w:t xml:space="preserve">Nơi nhận</w:t></w:r><w:r><w:rPr><w:b w:val="false"/><w:i w:val="false"/></w:rPr><w:t>:</w:t></w:r>',
          ),
        ),
      );
      expect(codes(bytes)).toEqual([]);
    });

    it("still wants the words themselves bold italic", async () => {
      const bytes = editParts(
        await handTypedLetter(),
        documentPart((xml) =>
          xml.replace(
            heading,
            '<w:r><w:rPr><w:i w:val="false"/></w:rPr><w:t xml:space="preserve">Nơi nhận</w:t></w:r><w:r><w:t>:</w:t></w:r>',
          ),
        ),
      );
      expect(codes(bytes)).toEqual(["nd30.copies.heading-style"]);
    });

    it("ignores zero-width spaces in another font and size", async () => {
      const bytes = editParts(
        await handTypedLetter(),
        documentPart((xml) =>
          xml.replace(
            '<w:t xml:space="preserve"> của Tuần lễ.</w:t></w:r>',
            '<w:t xml:space="preserve"> của Tuần lễ.</w:t></w:r><w:r><w:rPr><w:rFonts w:ascii="Cambria Math" w:hAnsi="Cambria Math"/><w:sz w:val="20"/></w:rPr><w:t>\u200B\uFEFF</w:t></w:r>',
          ),
        ),
      );
      expect(lintDocx(bytes).issues).toEqual([]);
    });
  });

  describe("page numbers: top centre, from page 2", () => {
    it("reports a document of several pages without page numbers", async () => {
      const bytes = withPageCount(await handTypedLetter({ pageNumber: "none" }), 15);
      const [issue, ...rest] = lintDocx(bytes, { lang: "en" }).issues;
      expect(rest).toEqual([]);
      expect(issue).toMatchObject({ code: "nd30.page-number.missing", params: { pages: 15 } });
    });

    it("wants no page number on a one-page document", async () => {
      expect(codes(withPageCount(await handTypedLetter({ pageNumber: "none" }), 1))).toEqual([]);
    });

    it("reports a page number at the bottom right", async () => {
      const bytes = withPageCount(await handTypedLetter({ pageNumber: "footer-right" }), 3);
      expect(lintDocx(bytes).issues.map((issue) => [issue.code, issue.params.alignment])).toEqual([
        ["nd30.page-number.position", "right"],
      ]);
    });

    const tabbed = async (tabs: number) =>
      withPageCount(
        editParts(await handTypedLetter(), (name, xml) =>
          name === "word/header1.xml"
            ? xml
                .replace('<w:jc w:val="center"/>', "")
                .replace(
                  /<w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:fldChar/u,
                  `${"<w:r><w:tab/></w:r>".repeat(tabs)}$&`,
                )
            : undefined,
        ),
        3,
      );

    it("reads a page number after one tab in Word's Header style as centred, after two as right", async () => {
      expect(codes(await tabbed(1))).toEqual([]);
      expect(lintDocx(await tabbed(2)).issues.map((issue) => [issue.code, issue.params.alignment])).toEqual([
        ["nd30.page-number.position", "right"],
      ]);
      expect(lintDocx(await tabbed(0)).issues.map((issue) => [issue.code, issue.params.alignment])).toEqual([
        ["nd30.page-number.position", "left"],
      ]);
    });

    it("does not judge the alignment of a page number in a header's text box, placed on its own", async () => {
      let edited = "";
      const boxed = editParts(await handTypedLetter(), (name, xml) => {
        if (name !== "word/header1.xml") return undefined;
        edited = xml.replace(
          /<w:p>.*<\/w:p>/su,
          '<w:p><w:r><w:pict><w:txbxContent><w:p><w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p></w:txbxContent></w:pict></w:r></w:p>',
        );
        return edited;
      });
      expect(edited).toContain("<w:txbxContent>");
      expect(codes(withPageCount(boxed, 3))).toEqual([]);
    });

    it("finds nothing wrong with a page number centred in the header from page 2", async () => {
      expect(codes(withPageCount(await handTypedLetter(), 3))).toEqual([]);
    });

    it("reports a page number shown on page 1 only", async () => {
      const good = await handTypedLetter();
      // header1 is the default header, header2 the first page's: swap what they hold.
      const swapped = editParts(good, (name, xml) =>
        name === "word/_rels/document.xml.rels"
          ? xml
              .replace(/header1\.xml/u, "headerX.xml")
              .replace(/header2\.xml/u, "header1.xml")
              .replace("headerX.xml", "header2.xml")
          : undefined,
      );
      expect(codes(withPageCount(swapped, 3))).toEqual(["nd30.page-number.first-page", "nd30.page-number.missing"]);
    });
  });
});
