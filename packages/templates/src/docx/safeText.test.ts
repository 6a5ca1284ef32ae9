import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectQuickAnswer, megabyte } from "../../../../test/support/expectQuickAnswer.ts";
import { assertSafeText, textRuns } from "./safeText.ts";

describe("assertSafeText", () => {
  it("names the path of the first field holding a character XML cannot carry", () => {
    expect(() => assertSafeText({ a: [{ b: "ok" }, { b: "x\u0000" }] })).toThrow(/a\.1\.b holds U\+0000/u);
    expect(() => assertSafeText({ s: "\uDC00" })).toThrow(/s holds U\+DC00/u);
  });

  it("accepts tab, line breaks, surrogate pairs and the rest of Unicode", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (value) => {
        assertSafeText({ value: `${value}\t\n\r😀` });
      }),
    );
  });

  it("refuses every C0 control but tab, LF and CR", () => {
    for (let code = 0; code < 0x20; code++) {
      const char = String.fromCharCode(code);
      if (char === "\t" || char === "\n" || char === "\r") expect(() => assertSafeText(char)).not.toThrow();
      else expect(() => assertSafeText(char)).toThrow();
    }
  });
});

describe("assertSafeText's message", () => {
  it("writes the field's path as every issue's path is written, with dots", () => {
    expect(() => assertSafeText({ body: [{}, {}, { text: "a\u0001" }] })).toThrow(/^body\.2\.text holds U\+0001/u);
    expect(() => assertSafeText("a\u0001")).toThrow(/^\(root\) holds U\+0001/u);
  });
});

describe("assertSafeText and textRuns on adversarial text", () => {
  it("check a megabyte of text, breaks and tabs at once", () => {
    for (const text of [
      "a".repeat(megabyte),
      "\r".repeat(megabyte),
      "\t\n".repeat(megabyte / 2),
      "😀".repeat(megabyte / 2),
    ]) {
      expectQuickAnswer(() => assertSafeText({ text }));
    }
    expectQuickAnswer(() => expect(() => assertSafeText({ text: `${"a".repeat(megabyte)}\uFFFE` })).toThrow());
    expectQuickAnswer(
      () => textRuns(`${"a\r\n".repeat(10_000)}${"x".repeat(megabyte)}`, { font: "Times New Roman", size: 28 }),
      1_000,
    );
  });
});
