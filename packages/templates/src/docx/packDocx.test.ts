import { sampleReport2020 } from "@xhht/domain";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { dataTable } from "../blocks/dataTable.ts";
import { structuredBody } from "../blocks/structuredBody.ts";
import { typedDocumentSections } from "../documents/typedDocument.ts";
import { type FrameOptions, frameCore, frameDocument } from "./frameDocument.ts";
import { compiledParts, packDocx, packedParts, zipParts } from "./packDocx.ts";

/** A document with every kind of part our templates write: header, title, body, a table, signature, appendix. */
const options = (): FrameOptions => ({
  templateId: "test",
  sdkVersion: "0.0.0-test",
  title: "Kết quả",
  creator: sampleReport2020.issuer,
  generatedAt: new Date("2020-11-02T03:00:00Z"),
  sections: typedDocumentSections({
    fields: sampleReport2020,
    what: "report",
    typeName: "BÁO CÁO",
    subject: "Kết quả tổ chức Tuần lễ",
    recipients: ["Bộ Giáo dục và Đào tạo"],
    body: [
      ...structuredBody([{ type: "paragraph", text: "Thực hiện Kế hoạch số 95/KH-UBND\tngày 18/9/2020." }]),
      dataTable({
        columns: [
          { header: "TT", weight: 10, align: "center" },
          { header: "Nội dung", weight: 90 },
        ],
        rows: [["1", "Số thư viện"]],
      }),
    ],
    attachment: { typeName: "Báo cáo", issuerName: "Ủy ban nhân dân tỉnh Nam Định" },
    appendices: [{ label: "Phụ lục", title: "Số liệu", children: structuredBody([{ type: "paragraph", text: "…" }]) }],
  }),
});

describe("packDocx", () => {
  // docx 9.15.2 is pinned exactly. If this test fails after an upgrade, the private `Packer.compiler.compile` that
  // compiledParts calls has moved or changed shape: packDocx still works through the public Packer.pack (zipping
  // twice, about 15% slower), but compiledParts must be brought in line with the new docx, or dropped.
  it("reaches docx's private compiler: Packer.compiler.compile(file, prettify, overrides) gives a Map of parts", () => {
    const parts = compiledParts(frameDocument(options()));
    expect(parts, "docx's private Packer.compiler.compile has changed: see packDocx.ts").toBeInstanceOf(Map);
    expect(typeof parts?.get("word/document.xml")).toBe("string");
    expect(typeof parts?.get("[Content_Types].xml")).toBe("string");
    expect([...(parts?.keys() ?? [])]).toEqual(expect.arrayContaining(["word/header1.xml", "word/styles.xml"]));
  });

  it("writes the same bytes as zipping again what docx's public Packer.pack produces", async () => {
    const core = frameCore(options());
    const fast = await packDocx(frameDocument(options()), core);
    const slow = zipParts(await packedParts(frameDocument(options())), core);
    expect(Buffer.from(fast).equals(Buffer.from(slow))).toBe(true);
  });

  it("records our own core properties, not docx's current time", async () => {
    const bytes = await packDocx(frameDocument(options()), frameCore(options()));
    const core = strFromU8(unzipSync(bytes)["docProps/core.xml"] ?? new Uint8Array());
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2020-11-02T03:00:00Z</dcterms:created>');
  });
});
