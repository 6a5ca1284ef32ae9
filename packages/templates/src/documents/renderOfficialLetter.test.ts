import { formatDateLine } from "@xhht/calendar";
import { directive2020 } from "@xhht/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { validateDocxes } from "../../../../test/ooxml/validateDocx.ts";
import { SDK_VERSION } from "../docx/customProperties.ts";
import { readDocxText } from "../docx/readDocxText.ts";
import { sampleLetter } from "../fixtures/sampleLetter.ts";
import { TemplateError } from "../input/TemplateError.ts";
import { nd30Profile } from "../nd30Profile.ts";
import {
  attrOf,
  cellsOf,
  effectiveSizeOf,
  paragraphsOf,
  paragraphWithText,
  tablesOf,
  unzipParts,
} from "../testing/docxXml.ts";
import { estimateTextWidth } from "../text/estimateTextWidth.ts";
import { renderOfficialLetter, renderOfficialLetterAs } from "./renderOfficialLetter.ts";

const num = (value: string | undefined) => Number(value);
const isBold = (xml: string) => /<w:b\/>/u.test(xml);
const isItalic = (xml: string) => /<w:i\/>/u.test(xml);
const sizeOf = (xml: string) => effectiveSizeOf(xml, nd30Profile.body.size.value);
const alignmentOf = (xml: string) => attrOf(xml, "w:jc", "w:val");

describe("renderOfficialLetter", () => {
  let parts: Record<string, string>;
  let document: string;

  beforeAll(async () => {
    parts = unzipParts(await renderOfficialLetter(sampleLetter, { generatedAt: "2020-01-05T08:30:00+07:00" }));
    document = parts["word/document.xml"] ?? "";
  });

  describe("page", () => {
    it("sets A4 portrait and the decree's margins in twips", () => {
      const sectPr = /<w:sectPr>[\s\S]*<\/w:sectPr>/u.exec(document)?.[0] ?? "";
      expect(num(attrOf(sectPr, "w:pgSz", "w:w"))).toBe(11906);
      expect(num(attrOf(sectPr, "w:pgSz", "w:h"))).toBe(16838);
      expect(num(attrOf(sectPr, "w:pgMar", "w:top"))).toBe(1134);
      expect(num(attrOf(sectPr, "w:pgMar", "w:bottom"))).toBe(1134);
      expect(num(attrOf(sectPr, "w:pgMar", "w:left"))).toBe(1701);
      expect(num(attrOf(sectPr, "w:pgMar", "w:right"))).toBe(850);
    });

    it("writes every run in Times New Roman: the document default, which no run or style overrides", () => {
      const defaults = /<w:rPrDefault>[\s\S]*?<\/w:rPrDefault>/u.exec(parts["word/styles.xml"] ?? "")?.[0] ?? "";
      for (const slot of ["w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"]) {
        expect(attrOf(defaults, "w:rFonts", slot)).toBe("Times New Roman");
      }
      expect(attrOf(defaults, "w:sz", "w:val")).toBe(String(nd30Profile.body.size.value));
      const runs = document.match(/<w:r>[\s\S]*?<\/w:r>/gu) ?? [];
      expect(runs.length).toBeGreaterThan(10);
      for (const run of runs) expect(run).not.toMatch(/<w:rFonts|<w:rStyle/u);
      expect(document).not.toMatch(/<w:pStyle/u);
    });

    it("makes single lines with no space before or after the paragraph default, which cells and header lines use", () => {
      const defaults = /<w:pPrDefault>[\s\S]*?<\/w:pPrDefault>/u.exec(parts["word/styles.xml"] ?? "")?.[0] ?? "";
      expect(
        ["w:before", "w:after", "w:line", "w:lineRule"].map((name) => attrOf(defaults, "w:spacing", name)),
      ).toEqual(["0", "0", "240", "auto"]);
      expect(document).not.toMatch(/<w:pStyle/u);
    });

    it("numbers pages from page 2: a title-page section, the PAGE field in the default header only", () => {
      expect(document).toMatch(/<w:titlePg\/>/u);
      const reference = (type: string) =>
        new RegExp(`<w:headerReference w:type="${type}" r:id="(rId\\d+)"/>`, "u").exec(document)?.[1];
      const rels = parts["word/_rels/document.xml.rels"] ?? "";
      const target = (id: string | undefined) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`, "u").exec(rels)?.[1];
      const defaultHeader = parts[`word/${target(reference("default"))}`] ?? "";
      const firstHeader = parts[`word/${target(reference("first"))}`] ?? "";
      expect(defaultHeader).toMatch(/<w:instrText xml:space="preserve">PAGE<\/w:instrText>/u);
      expect(alignmentOf(defaultHeader)).toBe("center");
      const size = sizeOf(defaultHeader);
      expect(size).toBeGreaterThanOrEqual(26);
      expect(size).toBeLessThanOrEqual(28);
      expect(firstHeader).not.toMatch(/PAGE/u);
      expect(firstHeader).toMatch(/<w:p\/>|<w:p>/u);
      expect(document).not.toMatch(/PAGE/u);
    });
  });

  describe("header", () => {
    it("is a borderless two-column table whose right column is about 62 % of the text width", () => {
      const header = tablesOf(document)[0] ?? "";
      for (const side of ["top", "left", "bottom", "right", "insideH", "insideV"]) {
        expect(attrOf(header, `w:${side}`, "w:val")).toBe("none");
      }
      const columns = (header.match(/<w:gridCol w:w="(\d+)"\/>/gu) ?? []).map((c) => Number(/\d+/u.exec(c)?.[0]));
      expect(columns).toHaveLength(2);
      expect((columns[0] ?? 0) + (columns[1] ?? 0)).toBe(11906 - 1701 - 850);
      expect((columns[1] ?? 0) / (11906 - 1701 - 850)).toBeCloseTo(0.62, 2);
    });

    it("prints the parent body upright and the issuing body bold, both 12 pt and centred", () => {
      const parent = paragraphWithText(document, "UBND TỈNH NAM ĐỊNH").xml;
      const issuer = paragraphWithText(document, "SỞ GIÁO DỤC VÀ ĐÀO TẠO").xml;
      expect([sizeOf(parent), isBold(parent), alignmentOf(parent)]).toEqual([24, false, "center"]);
      expect([sizeOf(issuer), isBold(issuer), alignmentOf(issuer)]).toEqual([24, true, "center"]);
    });

    it("prints the Quốc hiệu at 12 pt bold and the Tiêu ngữ at 13 pt bold, centred", () => {
      const title = paragraphWithText(document, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").xml;
      const motto = paragraphWithText(document, "Độc lập - Tự do - Hạnh phúc").xml;
      expect([sizeOf(title), isBold(title), alignmentOf(title)]).toEqual([24, true, "center"]);
      expect([sizeOf(motto), isBold(motto), alignmentOf(motto)]).toEqual([26, true, "center"]);
    });

    it("keeps the Quốc hiệu narrower than the right column so it stays on one line", () => {
      const { rightColumnWidth, cellMarginSide, nationalTitle } = nd30Profile.header;
      const width = estimateTextWidth("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", {
        size: nationalTitle.size.value,
        bold: true,
      });
      expect(width).toBeLessThan(rightColumnWidth.value - 2 * cellMarginSide.value);
    });

    it("draws a solid line 1/3 to 1/2 as long as the issuing body under it, and one as long as the Tiêu ngữ", () => {
      const [left, right] = cellsOf(tablesOf(document)[0] ?? "")[0] ?? [];
      const ruleOf = (cell: string | undefined) => paragraphsOf(cell ?? "").find((p) => p.xml.includes("<w:pBdr>"));
      const { leftColumnWidth, rightColumnWidth, cellMarginSide } = nd30Profile.header;
      const drawn = (cell: string | undefined, column: number) => {
        const rule = ruleOf(cell)?.xml ?? "";
        expect(attrOf(rule, "w:top", "w:val")).toBe("single");
        expect(rule).not.toMatch(/<w:t[ >]/u);
        const indentLeft = num(attrOf(rule, "w:ind", "w:left"));
        expect(num(attrOf(rule, "w:ind", "w:right"))).toBe(indentLeft);
        return column - 2 * cellMarginSide.value - 2 * indentLeft;
      };
      const issuer = estimateTextWidth("SỞ GIÁO DỤC VÀ ĐÀO TẠO", { size: 24, bold: true });
      const issuerLine = drawn(left, leftColumnWidth.value);
      expect(issuerLine).toBeGreaterThanOrEqual(issuer / 3);
      expect(issuerLine).toBeLessThanOrEqual(issuer / 2);
      const motto = estimateTextWidth("Độc lập - Tự do - Hạnh phúc", { size: 26, bold: true });
      expect(Math.abs(drawn(right, rightColumnWidth.value) - motto)).toBeLessThanOrEqual(2);
    });

    it("puts «Số» with a leading zero and «V/v» 6 pt below it on the left, the italic date line on the same row", () => {
      const [left, right] = cellsOf(tablesOf(document)[0] ?? "")[1] ?? [];
      const [number, subject] = paragraphsOf(left ?? "");
      expect(number?.text).toBe("Số: 05/SGDĐT-GDTX");
      expect([sizeOf(number?.xml ?? ""), isItalic(number?.xml ?? ""), alignmentOf(number?.xml ?? "")]).toEqual([
        26,
        false,
        "center",
      ]);
      expect(subject?.text).toBe("V/v hưởng ứng Tuần lễ học tập suốt đời năm 2020");
      expect(sizeOf(subject?.xml ?? "")).toBe(24);
      expect(num(attrOf(subject?.xml ?? "", "w:spacing", "w:before"))).toBe(120);
      const [date] = paragraphsOf(right ?? "");
      expect(date?.text).toBe(formatDateLine("Nam Định", "2020-01-05"));
      expect(date?.text).toBe("Nam Định, ngày 05 tháng 01 năm 2020");
      expect([sizeOf(date?.xml ?? ""), isItalic(date?.xml ?? ""), alignmentOf(date?.xml ?? "")]).toEqual([
        26,
        true,
        "center",
      ]);
    });

    it("leaves the number blank in a draft", async () => {
      const { number: _, ...draft } = sampleLetter;
      const text = readDocxText(await renderOfficialLetter(draft));
      expect(text).toContain("Số:      /SGDĐT-GDTX");
    });
  });

  describe("Kính gửi", () => {
    it("puts several recipients on their own lines, «- …;» and the last «.», dashes aligned after the colon", () => {
      const label = paragraphWithText(document, "Kính gửi:").xml;
      const first = paragraphWithText(document, "- Phòng Giáo dục và Đào tạo các huyện, thành phố;").xml;
      const last = paragraphWithText(document, "- Các trung tâm giáo dục thường xuyên.").xml;
      expect(sizeOf(label)).toBe(28);
      const start = num(attrOf(label, "w:ind", "w:left"));
      const dashAt = (xml: string) => num(attrOf(xml, "w:ind", "w:left")) - num(attrOf(xml, "w:ind", "w:hanging"));
      expect(dashAt(first)).toBe(dashAt(last));
      expect(dashAt(first) - start).toBe(estimateTextWidth("Kính gửi: ", { size: 28 }));
    });

    it("puts a single recipient on the «Kính gửi:» line, ending with «.»", async () => {
      const single = unzipParts(
        await renderOfficialLetter({ ...sampleLetter, recipients: ["Ủy ban nhân dân tỉnh Nam Định;"] }),
      );
      const line = paragraphWithText(
        single["word/document.xml"] ?? "",
        "Kính gửi:\tỦy ban nhân dân tỉnh Nam Định.",
      ).xml;
      expect(num(attrOf(line, "w:tab", "w:pos"))).toBe(num(attrOf(line, "w:ind", "w:left")));
    });
  });

  describe("body", () => {
    it("justifies 14 pt paragraphs with a 1 cm first-line indent, ≥ 6 pt spacing and 1-1.5 line spacing", () => {
      const p = paragraphWithText(
        document,
        "Thực hiện Công văn số 3589/BGDĐT-GDTX, Sở Giáo dục và Đào tạo đề nghị các đơn vị như sau:",
      ).xml;
      expect(alignmentOf(p)).toBe("both");
      expect(sizeOf(p)).toBe(28);
      expect(num(attrOf(p, "w:ind", "w:firstLine"))).toBe(567);
      expect(num(attrOf(p, "w:spacing", "w:before")) + num(attrOf(p, "w:spacing", "w:after"))).toBeGreaterThanOrEqual(
        120,
      );
      const line = num(attrOf(p, "w:spacing", "w:line"));
      expect(attrOf(p, "w:spacing", "w:lineRule")).toBe("auto");
      expect(line).toBeGreaterThanOrEqual(240);
      expect(line).toBeLessThanOrEqual(360);
    });

    it("writes labels as text: a bold «1.» heading, upright «a)» and «đ)» points, «- » bullets", () => {
      const heading = paragraphWithText(document, "1. Mục đích, yêu cầu").xml;
      const point = paragraphWithText(document, "đ) Tổ chức hoạt động thiết thực, hiệu quả.").xml;
      const bullet = paragraphWithText(document, "- Báo cáo kết quả trước ngày 30/10/2020.").xml;
      expect(isBold(heading)).toBe(true);
      expect(isBold(point)).toBe(false);
      expect(isBold(bullet)).toBe(false);
      expect(document).not.toMatch(/<w:numPr>/u);
    });

    it("turns a tab into w:tab and a line break into w:br, never literal characters", async () => {
      const withControls = unzipParts(
        await renderOfficialLetter({
          ...sampleLetter,
          body: [{ type: "paragraph", text: "Cột 1\tCột 2\r\nDòng 2\nDòng 3" }],
        }),
      );
      const xml = withControls["word/document.xml"] ?? "";
      expect(paragraphsOf(xml).some((p) => p.text === "Cột 1\tCột 2\nDòng 2\nDòng 3")).toBe(true);
      for (const t of xml.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>/gu) ?? []) expect(t).not.toMatch(/[\t\n\r]/u);
    });

    it("writes text in NFC whatever the input's normalisation form", async () => {
      const nfd = "Hà Nội tổ chức".normalize("NFD");
      const xml = unzipParts(await renderOfficialLetter({ ...sampleLetter, body: [{ type: "paragraph", text: nfd }] }))[
        "word/document.xml"
      ];
      expect(xml).toContain("Hà Nội tổ chức".normalize("NFC"));
      expect(xml).not.toContain(nfd);
    });

    it("escapes the characters XML reserves", async () => {
      const text = readDocxText(
        await renderOfficialLetter({ ...sampleLetter, body: [{ type: "paragraph", text: `A & B <c> "d" 'e'` }] }),
      );
      expect(text).toContain(`A & B <c> "d" 'e'`);
    });
  });

  describe("signature and Nơi nhận", () => {
    it("is a borderless table: «Nơi nhận:» bold italic 12 pt and 11 pt copy lines on the left", () => {
      const table = tablesOf(document)[1] ?? "";
      expect(attrOf(table, "w:insideV", "w:val")).toBe("none");
      expect(attrOf(table, "w:top", "w:val")).toBe("none");
      const [left] = cellsOf(table)[0] ?? [];
      const lines = paragraphsOf(left ?? "");
      expect(lines.map((p) => p.text)).toEqual(["Nơi nhận:", "- Như trên;", "- Lưu: VT, GDTX."]);
      const label = lines[0]?.xml ?? "";
      expect([sizeOf(label), isBold(label), isItalic(label)]).toEqual([24, true, true]);
      for (const copy of lines.slice(1)) expect([sizeOf(copy.xml), isBold(copy.xml)]).toEqual([22, false]);
    });

    it("centres authority, title and name in bold 14 pt on the right, with the signing space made by spacing", () => {
      const [left, right] = cellsOf(tablesOf(document)[1] ?? "")[0] ?? [];
      const lines = paragraphsOf(right ?? "");
      expect(lines.map((p) => p.text)).toEqual(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn A"]);
      for (const line of lines)
        expect([sizeOf(line.xml), isBold(line.xml), alignmentOf(line.xml)]).toEqual([28, true, "center"]);
      expect(num(attrOf(lines[2]?.xml ?? "", "w:spacing", "w:before"))).toBe(
        nd30Profile.signature.signatureSpace.value,
      );
      const firstBefore = (cell: string | undefined) =>
        attrOf(paragraphsOf(cell ?? "")[0]?.xml ?? "", "w:spacing", "w:before");
      expect(firstBefore(left)).toBe(firstBefore(right));
    });

    it("prints the title alone when the head signs", async () => {
      const { authority: _a, actingFor: _b, ...head } = sampleLetter.signature;
      const text = readDocxText(await renderOfficialLetter({ ...sampleLetter, signature: head }));
      expect(text.slice(-2)).toEqual(["PHÓ GIÁM ĐỐC", "Trần Văn A"]);
    });
  });

  describe("properties and determinism", () => {
    it("records the SDK version and the template id as custom properties", () => {
      const custom = parts["docProps/custom.xml"] ?? "";
      expect(custom).toMatch(
        new RegExp(`name="xhht.sdkVersion"><vt:lpwstr>${SDK_VERSION.replaceAll(".", "\\.")}</vt:lpwstr>`, "u"),
      );
      expect(custom).toMatch(/name="xhht.templateId"><vt:lpwstr>official-letter<\/vt:lpwstr>/u);
    });

    it("stamps core properties with generatedAt, not the clock", () => {
      const core = parts["docProps/core.xml"] ?? "";
      expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2020-01-05T01:30:00Z</dcterms:created>');
      expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2020-01-05T01:30:00Z</dcterms:modified>');
      expect(core).toContain("<dc:title>V/v hưởng ứng Tuần lễ học tập suốt đời năm 2020</dc:title>");
    });

    it("produces byte-identical files for the same input and generatedAt", async () => {
      const a = await renderOfficialLetter(sampleLetter, { generatedAt: "2020-01-05" });
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const b = await renderOfficialLetter(sampleLetter, { generatedAt: new Date("2020-01-04T17:00:00Z") });
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    });

    it("defaults generatedAt to the letter's date", async () => {
      const a = await renderOfficialLetter(sampleLetter);
      const b = await renderOfficialLetter(sampleLetter, { generatedAt: "2020-01-05" });
      expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    });

    it("writes the zip entries' DOS time as the civil date in Vietnam at 12:00, whatever the host's TZ", async () => {
      const bytes = await renderOfficialLetter(sampleLetter, { generatedAt: "2020-01-05T23:30:00+07:00" });
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      expect(view.getUint32(0, true)).toBe(0x04034b50);
      const time = view.getUint16(10, true);
      const date = view.getUint16(12, true);
      expect([time >> 11, (time >> 5) & 63, (time & 31) * 2]).toEqual([12, 0, 0]);
      expect([(date >> 9) + 1980, (date >> 5) & 15, date & 31]).toEqual([2020, 1, 5]);
    });

    it("matches the committed SHA-256 of the sample letter, in every time zone the suite runs in", async () => {
      const bytes = await renderOfficialLetterAs(sampleLetter, { generatedAt: "2020-01-05" }, "0.0.0-golden");
      const digest = Buffer.from(await crypto.subtle.digest("SHA-256", bytes)).toString("hex");
      expect(digest).toBe(SAMPLE_SHA256);
    });
  });

  describe("input", () => {
    it("refuses invalid input with a TemplateError carrying the schema's issues", async () => {
      const { issuer: _, ...noIssuer } = sampleLetter;
      const error = await renderOfficialLetter({ ...noIssuer, copies: [] } as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TemplateError);
      expect(error).toMatchObject({ code: "templates.invalid-input" });
      const { issues, message } = error as TemplateError;
      expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining([["issuer"], ["copies"]]));
      expect(message).toMatch(/issuer: /u);
      expect(message).toMatch(/copies: /u);
    });

    it("refuses a place a date line cannot hold", async () => {
      await expect(renderOfficialLetter({ ...sampleLetter, place: "Hà Nội, Việt Nam" })).rejects.toMatchObject({
        code: "templates.invalid-input",
        issues: [expect.objectContaining({ path: ["place"] })],
      });
    });

    it.each([
      ["subject", { subject: "hưởng ứng\uFFFE" }, ["subject"], "subject"],
      [
        "a body block",
        {
          body: [
            { type: "paragraph", text: "ok" },
            { type: "bullet", text: "a\u0001b" },
          ],
        },
        ["body", 1, "text"],
        "body.1.text",
      ],
      ["a copy line", { copies: ["Như trên", "Lưu\uFFFF"] }, ["copies", 1], "copies.1"],
      [
        "the signer's name",
        { signature: { title: "GIÁM ĐỐC", name: "A\uD800" } },
        ["signature", "name"],
        "signature.name",
      ],
    ])("refuses a character XML cannot carry in %s, naming the field", async (_, patch, path, shown) => {
      const error = await renderOfficialLetter({ ...sampleLetter, ...patch } as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TemplateError);
      expect(error).toMatchObject({ code: "templates.unsafe-text", path });
      expect((error as Error).message).toContain(shown);
    });

    it("refuses a generatedAt that is not an instant", async () => {
      for (const generatedAt of ["2020-09-15T08:00:00", "15/09/2020", "2021-02-29", new Date(Number.NaN)]) {
        await expect(renderOfficialLetter(sampleLetter, { generatedAt })).rejects.toMatchObject({
          code: "templates.invalid-generated-at",
        });
      }
    });
  });

  describe("schemas", () => {
    it("passes the OOXML schemas: document and headers valid, other parts well-formed", async () => {
      const started = performance.now();
      const results = await validateDocxes([
        await renderOfficialLetter(sampleLetter),
        await renderOfficialLetter(directive2020.letter, { generatedAt: "2020-09-15" }),
      ]);
      for (const result of results) {
        expect(result.problems).toEqual([]);
        expect(result.schemaValidated).toEqual(["word/document.xml", "word/header1.xml", "word/header2.xml"]);
      }
      expect(performance.now() - started).toBeLessThan(10_000);
    });
  });
});

/**
 * The sample letter's bytes with generatedAt 2020-01-05 and SDK version "0.0.0-golden". It changes only when the
 * output changes (docx, fflate or a template): that is at least a minor release, so update it deliberately.
 */
const SAMPLE_SHA256 = "6000180888e940ce42435d5aa20c8a81186f563d210dcc86c170f4097b7bc60c";
