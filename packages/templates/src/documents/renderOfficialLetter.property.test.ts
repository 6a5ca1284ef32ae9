import { documentTypes } from "@xhht/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateDocxes } from "../../../../test/ooxml/validateDocx.ts";
import { readDocxText } from "../docx/readDocxText.ts";
import { renderOfficialLetter } from "./renderOfficialLetter.ts";

const letters = [..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"];
const tones = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];
/** A Vietnamese-ish character: a letter with a tone mark (composed or not), digits, punctuation, XML's reserved
 * characters, tab, line breaks, a non-breaking space, astral characters. */
const char = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...letters), fc.constantFrom(...tones)).map(([l, t]) => l + t) },
  { weight: 2, arbitrary: fc.constantFrom(" ", " ", " ", ".", ",", ";", ":", "-", "(", ")", "/", "«", "»", "“", "”") },
  {
    weight: 1,
    arbitrary: fc.constantFrom("&", "<", ">", '"', "'", "]]>", "\t", "\n", "\r\n", "\u00A0", "😀", "𝔸", "0", "9"),
  },
);
const text = fc.string({ unit: char, minLength: 1, maxLength: 40 }).filter((value) => value.trim().length > 0);
const lineText = text.map((value) => value.replace(/[\r\n]/gu, " ")).filter((value) => value.trim().length > 0);
const placeText = fc
  .string({ unit: char, minLength: 1, maxLength: 20 })
  .map((value) => value.replace(/[,\r\n]/gu, " "))
  .filter((value) => value.trim().length > 0);
const typeCodes = new Set<string>(documentTypes.flatMap((type) => (type.abbreviation ? [type.abbreviation] : [])));
/** A công văn's symbol: a body and a unit, never a document type first (letter.symbol-type). */
const symbol = fc
  .stringMatching(/^[A-ZĐ0-9]{1,6}(-[A-ZĐ0-9]{1,6}){0,2}$/u)
  .filter((value) => !typeCodes.has(value.split("-")[0] ?? ""));
const date = fc
  .date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2099-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const block = fc.oneof(
  fc.record({ type: fc.constant("paragraph" as const), text }),
  fc.record({
    type: fc.constant("heading" as const),
    label: fc.integer({ min: 1, max: 20 }).map((n) => `${n}.`),
    text,
  }),
  fc.record({ type: fc.constant("point" as const), label: fc.constantFrom("a)", "b)", "đ)", "k)"), text }),
  fc.record({ type: fc.constant("bullet" as const), text }),
);
const signature = fc.oneof(
  fc.record({ title: lineText, name: lineText }),
  fc.record({
    authority: fc.constantFrom("TM.", "Q.", "KT.", "TL.", "TUQ." as const),
    actingFor: lineText,
    title: lineText,
    name: lineText,
  }),
);
const letter = fc.record(
  {
    schemaVersion: fc.constant(1 as const),
    parentBody: text,
    issuer: text,
    number: fc.integer({ min: 1, max: 999_999 }),
    symbol,
    place: placeText,
    date,
    subject: text,
    recipients: fc.array(lineText, { minLength: 1, maxLength: 4 }),
    body: fc.array(block, { minLength: 1, maxLength: 6 }),
    signature,
    copies: fc.array(lineText, { maxLength: 3 }).map((lines) => ["Như trên", ...lines, "Lưu: VT, VP"]),
  },
  {
    requiredKeys: [
      "schemaVersion",
      "issuer",
      "symbol",
      "place",
      "date",
      "subject",
      "recipients",
      "body",
      "signature",
      "copies",
    ],
  },
);

const asRead = (value: string) => value.normalize("NFC").replace(/\r\n?/gu, "\n");
const trimmed = (value: string) => value.trim();

describe("renderOfficialLetter with arbitrary text", () => {
  it("always produces a document whose parts are well-formed and schema-valid, keeping every body text", async () => {
    const rendered: { input: unknown; bytes: Uint8Array }[] = [];
    await fc.assert(
      fc.asyncProperty(letter, async (input) => {
        const bytes = await renderOfficialLetter(input);
        const paragraphs = readDocxText(bytes);
        for (const b of input.body) {
          const body = trimmed(b.text);
          const shown = b.type === "paragraph" ? body : b.type === "bullet" ? `- ${body}` : `${b.label} ${body}`;
          expect(paragraphs).toContain(asRead(shown));
        }
        rendered.push({ input, bytes });
      }),
      { numRuns: 15 },
    );
    // One xmllint run for all documents: the schema set is parsed once.
    const results = await validateDocxes(rendered.map((r) => r.bytes));
    results.forEach((result, index) => {
      expect(result.problems, JSON.stringify(rendered[index]?.input)).toEqual([]);
    });
  }, 60_000);
});
