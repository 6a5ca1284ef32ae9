import { type FileChild, LevelFormat, Paragraph, TextRun, XmlComponent } from "docx";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderSamples } from "../testing/sampleRenders.ts";
import { type FrameOptions, frameDocument } from "./frameDocument.ts";
import { forgetSharedParts, framedParts } from "./framedParts.ts";
import { compiledParts } from "./packDocx.ts";
import type { XmlableObject } from "./stringifyXml.ts";

/** A body child whose XML is whatever object it is given, to put any shape through docx's writer and ours. */
class Raw extends XmlComponent {
  readonly fileChild = Symbol();
  constructor(private readonly xmlable: XmlableObject) {
    super("w:p");
  }
  override prepForXml() {
    return this.xmlable as ReturnType<XmlComponent["prepForXml"]>;
  }
}

const frame = (children: readonly FileChild[], contact?: FrameOptions["contact"]): FrameOptions => ({
  templateId: "test",
  sdkVersion: "0.0.0-test",
  title: "test",
  creator: "test",
  generatedAt: new Date("2020-01-01T00:00:00Z"),
  contact,
  sections: [{ children }, { children: [new Paragraph("Phụ lục")], restartNumbering: true }],
});

/** The parts of a full compile, but docProps/core.xml, which zipParts writes itself. */
const fullCompile = (options: FrameOptions) => {
  const parts = new Map(compiledParts(frameDocument(options)));
  parts.delete("docProps/core.xml");
  return parts;
};

/** The parts framedParts gives once the shared ones are known, but docProps/core.xml (a full compile has it). */
const fastCompile = (options: FrameOptions) => {
  framedParts(frameDocument(frame([])));
  const parts = new Map(framedParts(frameDocument(options)));
  parts.delete("docProps/core.xml");
  return parts;
};

const anyText = fc.string({ unit: "binary", maxLength: 40 });
const attributes = fc.dictionary(fc.constantFrom("w:val", "w:w", "x"), fc.oneof(anyText, fc.integer()), {
  maxKeys: 2,
});
const scalar = fc.oneof(anyText, fc.integer(), fc.boolean(), fc.constant(undefined));
const xmlable = fc.letrec<{ element: XmlableObject }>((tie) => ({
  element: fc
    .tuple(
      fc.constantFrom("w:r", "w:t", "w:b", "a"),
      fc.oneof(
        { depthSize: "small" },
        scalar,
        fc.constant({}),
        fc.record({ _attr: attributes }),
        fc.record({ _cdata: anyText }),
        fc.array(fc.oneof(tie("element"), fc.record({ _attr: attributes }), scalar), { maxLength: 4 }),
      ),
    )
    .map(([name, values]) => ({ [name]: values })),
}));

describe("framedParts", () => {
  it("gives every template's sample the bytes of docx's full compile", async () => {
    forgetSharedParts();
    const full = await renderSamples();
    const fast = await renderSamples();
    for (const [name, bytes] of Object.entries(full)) {
      expect(Buffer.from(fast[name as keyof typeof fast]).equals(Buffer.from(bytes)), name).toBe(true);
    }
  });

  it("gives the parts of a full compile, with or without an address line in the footer", () => {
    for (const contact of [undefined, { address: "35 Đại Cồ Việt, Hà Nội", phone: "024 3869 4795" }]) {
      const options = frame([new Paragraph({ children: [new TextRun({ text: "Kính gửi", bold: true })] })], contact);
      expect(fastCompile(options)).toEqual(fullCompile(options));
    }
  });

  it("compiles whole a document whose text uses a Word list, which adds its numbering to word/numbering.xml", () => {
    const list = { reference: "list", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1." }] };
    const options = frame([new Paragraph({ text: "Một", numbering: { reference: list, level: 0 } })]);
    const fast = fastCompile(options);
    expect(fast.get("word/numbering.xml")).toContain('w:val="%1."');
    expect(fast).toEqual(fullCompile(options));
  });

  it("writes any text of a run as docx does: escaped, the controls XML cannot carry dropped", () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 5 }), (texts) => {
        const options = frame(texts.map((text) => new Paragraph({ children: [new TextRun(text)] })));
        expect(fastCompile(options)).toEqual(fullCompile(options));
      }),
      { numRuns: 50 },
    );
  }, 60_000);

  it("writes any object docx's formatter can give as docx's own writer does, quirks and all", () => {
    fc.assert(
      fc.property(fc.array(xmlable.element, { minLength: 1, maxLength: 4 }), (elements) => {
        const options = frame(elements.map((element) => new Raw(element) as unknown as FileChild));
        expect(fastCompile(options).get("word/document.xml")).toBe(fullCompile(options).get("word/document.xml"));
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
