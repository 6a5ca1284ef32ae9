import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderOfficialLetter } from "../documents/renderOfficialLetter.ts";
import { sampleLetter } from "../fixtures/sampleLetter.ts";
import { lintDocx } from "../lint/lintDocx.ts";
import { handTypedLetter } from "../lint/testing/handTypedLetter.ts";
import { wellWordedLetterFields } from "../testing/wellWordedLetters.ts";
import { fixDocx } from "./fixDocx.ts";

describe("fixDocx on any bytes", () => {
  it("never throws on arbitrary bytes, and gives them back with lintDocx's issues", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => {
        const result = fixDocx(bytes);
        expect(result.bytes).toEqual(bytes);
        expect(result.fixed).toEqual([]);
        expect(result.remaining).toEqual(lintDocx(bytes).issues);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on a letter to fix with bytes changed here and there, and never gives a file lintDocx cannot read", async () => {
    const letter = await handTypedLetter({
      margins: { top: 1009, bottom: 244, left: 1412, right: 1418 },
      font: "Arial",
    });
    const changes = fc.array(fc.record({ at: fc.nat({ max: letter.byteLength - 1 }), value: fc.nat({ max: 255 }) }), {
      maxLength: 4,
    });
    fc.assert(
      fc.property(changes, (list) => {
        const bytes = letter.slice();
        for (const { at, value } of list) bytes[at] = value;
        const result = fixDocx(bytes);
        if (result.fixed.length > 0) {
          expect(lintDocx(result.bytes).issues.some((issue) => issue.code.startsWith("docx."))).toBe(false);
        } else expect(result.bytes).toEqual(bytes);
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it("gives back any well-worded letter renderOfficialLetter lays out byte for byte: there is nothing to fix", async () => {
    const letters = fc.record(wellWordedLetterFields);
    await fc.assert(
      fc.asyncProperty(letters, async (fields) => {
        const bytes = await renderOfficialLetter({ ...sampleLetter, ...fields });
        const result = fixDocx(bytes);
        expect(Buffer.from(result.bytes).equals(Buffer.from(bytes))).toBe(true);
        expect(result.fixed).toEqual([]);
      }),
      { numRuns: 10 },
    );
  }, 30_000);
});
