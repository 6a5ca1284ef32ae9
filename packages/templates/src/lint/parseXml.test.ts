import { describe, expect, it } from "vitest";
import { expectQuickAnswer, megabyte } from "../../../../test/support/expectQuickAnswer.ts";
import { childOf, parseXml, textOf } from "./parseXml.ts";

const w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

describe("parseXml", () => {
  it("maps any prefix bound to WordprocessingML, strict or transitional, to w:", () => {
    for (const uri of [w, "http://purl.oclc.org/ooxml/wordprocessingml/main"]) {
      const parsed = parseXml(`<?xml version="1.0"?><x:p xmlns:x="${uri}"><x:r x:val="1"/></x:p>`);
      expect(parsed.ok && parsed.root.name).toBe("w:p");
      expect(parsed.ok && childOf(parsed.root, "w:r")?.attrs["w:val"]).toBe("1");
    }
  });

  it("maps a default namespace too", () => {
    const parsed = parseXml(`<document xmlns="${w}"><body/></document>`);
    expect(parsed.ok && childOf(parsed.root, "w:body")).toBeDefined();
  });

  it("decodes entities and CDATA, and turns an impossible character reference into U+FFFD", () => {
    const parsed = parseXml(`<w:t xmlns:w="${w}">a &amp; &#x1EA1;&#7841; <![CDATA[<b>]]> &#x110000;</w:t>`);
    expect(parsed.ok && textOf(parsed.root)).toBe("a & ạạ <b> \uFFFD");
  });

  it("ignores comments, processing instructions and a stray closing tag, and closes what is left open", () => {
    const parsed = parseXml(`<!-- c --><w:p xmlns:w="${w}"></w:r><?pi x?><w:r><w:t>x</w:t></w:p>`);
    expect(parsed.ok && childOf(childOf(parsed.root, "w:r"), "w:t")).toMatchObject({ children: ["x"] });
  });

  it("refuses a part with no element, nested deeper than any document or of more elements than allowed", () => {
    expect(parseXml("just text")).toEqual({ ok: false, reason: "no-root" });
    expect(parseXml("<a>".repeat(1000))).toEqual({ ok: false, reason: "too-deep" });
    expect(parseXml(`<a>${"<b/>".repeat(10)}</a>`, { maxElements: 10 })).toEqual({
      ok: false,
      reason: "too-many-elements",
    });
    expect(parseXml(`<a>${"<b/>".repeat(9)}</a>`, { maxElements: 10 })).toMatchObject({ ok: true, elements: 10 });
    expect(parseXml(`<a>${"x</b>".repeat(10)}</a>`, { maxElements: 10 })).toEqual({
      ok: false,
      reason: "too-many-elements",
    });
  });

  it("leaves out Word's revision ids and the whitespace between elements, but not a text's spaces", () => {
    const parsed = parseXml(
      `<w:p xmlns:w="${w}" xmlns:w14="x" w:rsidR="00A1" w14:paraId="1A2B" w:val="x">\n  <w:r>\n    <w:t> </w:t>\n  </w:r>\n</w:p>`,
    );
    expect(parsed.ok && parsed.root).toEqual({
      name: "w:p",
      attrs: expect.objectContaining({ "w:val": "x" }),
      children: [{ name: "w:r", attrs: {}, children: [{ name: "w:t", attrs: {}, children: [" "] }] }],
    });
    expect(parsed.ok && Object.keys(parsed.root.attrs)).toEqual(["xmlns:w", "xmlns:w14", "w:val"]);
  });

  it("shares one object between equal empty elements and equal attributes, and tells them apart otherwise", () => {
    const parsed = parseXml(
      `<w:r xmlns:w="${w}"><w:sz w:val="28"/><w:sz w:val="28"/><w:sz w:val="26"/><w:t w:val="28">a</w:t></w:r>`,
    );
    const [first, second, third, text] = parsed.ok ? parsed.root.children : [];
    expect(first).toBe(second);
    expect(third).toEqual({ name: "w:sz", attrs: { "w:val": "26" }, children: [] });
    expect(text).toEqual({ name: "w:t", attrs: { "w:val": "28" }, children: ["a"] });
    expect(parsed.ok && parsed.elements).toBe(6);
  });

  it("never lets an attribute named like a prototype key change what attrs answers", () => {
    const parsed = parseXml('<a __proto__="x" constructor="y"/>');
    const protoKey = "__proto__";
    expect(parsed.ok && parsed.root.attrs[protoKey]).toBe("x");
    expect(parsed.ok && parsed.root.attrs.toString).toBeUndefined();
    expect(parsed.ok && Object.getPrototypeOf(Object.getPrototypeOf(parsed.root.attrs))).toBeNull();
  });

  it("expands no entity a doctype declares: only the five of XML and character references", () => {
    const parsed = parseXml('<!DOCTYPE a [<!ENTITY x "&y;&y;"><!ENTITY y "zzzz">]><a>&x;&amp;&#65;</a>');
    expect(parsed.ok && textOf(parsed.root)).toBe("&x;&A");
  });
});

describe("parseXml on adversarial text", () => {
  it("answers a megabyte of unclosed markup, long names and attribute-like runs at once", () => {
    for (const xml of [
      `<w:document ${"a".repeat(megabyte)}>`,
      "<".repeat(megabyte),
      `<w:document x="${"a".repeat(megabyte)}`,
      `<w:document ${"a=".repeat(megabyte / 2)}>`,
      `<w:document ${"a ".repeat(megabyte / 2)}>`,
      ` xmlns:${"a".repeat(megabyte)}`,
      ` xmlns${" ".repeat(megabyte)}`,
      "<!--".repeat(megabyte / 4),
      "<w:a><![CDATA[".repeat(megabyte / 14),
      `<w:a>${"&#x1".repeat(megabyte / 4)}`,
      `<w:a>${"&".repeat(megabyte)}`,
      "<w:a>".repeat(megabyte / 5),
      "</w:a>".repeat(megabyte / 6),
    ]) {
      expectQuickAnswer(() => parseXml(xml), 1_000);
    }
  });

  it("still reads attributes after a space, a newline or a quote", () => {
    const parsed = parseXml(`<w:p xmlns:w="${w}" a="1"\nb='2'c="3"/>`);
    expect(parsed.ok && parsed.root.attrs).toMatchObject({ a: "1", b: "2", c: "3" });
  });
});
