import { describe, expect, it } from "vitest";
import { expectQuickAnswer, megabyte } from "../testing/expectQuickAnswer.ts";
import { childOf, parseXml, textOf } from "./parseXml.ts";

const w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

describe("parseXml", () => {
  it("maps any prefix bound to WordprocessingML, strict or transitional, to w:", () => {
    for (const uri of [w, "http://purl.oclc.org/ooxml/wordprocessingml/main"]) {
      const parsed = parseXml(`<?xml version="1.0"?><x:p xmlns:x="${uri}"><x:r x:rsid="1"/></x:p>`);
      expect(parsed.ok && parsed.root.name).toBe("w:p");
      expect(parsed.ok && childOf(parsed.root, "w:r")?.attrs["w:rsid"]).toBe("1");
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

  it("refuses a part with no element or nested deeper than any document", () => {
    expect(parseXml("just text")).toEqual({ ok: false, reason: "no-root" });
    expect(parseXml("<a>".repeat(1000))).toEqual({ ok: false, reason: "too-deep" });
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
