import { directive2020, entitySchemas, sampleReport2020, toJsonSchema } from "@xhht/domain";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { entitySamples } from "../packages/domain/src/testing/entitySamples.ts";

// As a newcomer sets it up: no ajv-formats, since the schemas carry no `format` (test/portableSchemas.test.ts).
const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });

const samples = entitySamples;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `value`. */
const paths = (value: Json, prefix: (string | number)[] = []): (string | number)[][] => {
  if (value === null || typeof value !== "object") return [prefix];
  const children = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [
    prefix,
    ...children.flatMap((key) => paths((value as Record<string | number, Json>)[key]!, [...prefix, key])),
  ];
};

const mutate = (value: Json, path: (string | number)[], replacement: Json | undefined): Json => {
  const copy = structuredClone(value);
  if (path.length === 0) return replacement ?? null;
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (replacement === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
  } else parent[last] = replacement;
  return copy;
};

/** What trimming removes at the edges of a string (JavaScript's whitespace, even the vertical tab XML refuses), and
 * characters it does not remove, some of them refused anywhere. */
const edgeCharacter = fc.constantFrom(
  " ",
  "\t",
  "\n",
  "\r",
  "\u000B",
  "\u000C",
  "\u00A0",
  "\u2028",
  "\u3000",
  "\uFEFF",
  "\u0085",
  "\u200B",
  "\u0000",
  "\u001F",
  "\uFFFE",
  "\uD800",
);
const edges = fc.string({ unit: edgeCharacter, maxLength: 3 });
/** A string as a user types it: text, maybe decomposed, with whitespace or control characters at either edge or inside. */
const padded = fc
  .tuple(
    edges,
    fc.constantFrom("Nam Định", "Ha\u0300 No\u0323i", "Kết quả", "KH-UBND", "2020-10-01", "a", "Lưu: VT, GDTX", ""),
    edges,
    edges,
  )
  .map(([before, core, inside, after]) => `${before}${core.slice(0, 1)}${inside}${core.slice(1)}${after}`);

const hostile = fc.oneof(
  fc.jsonValue(),
  padded,
  fc.constantFrom(
    "",
    "  ",
    "a\u0000b",
    "x\uFFFE",
    "\uD800",
    "Ha\u0300 No\u0323i",
    "2020-02-30",
    "2020-10-01",
    "KH-UBND",
    "a)",
    "đ)",
    "f)",
    "1.",
  ),
  fc.integer({ min: -5, max: 3_000_000 }),
  fc.constant(undefined),
);

describe("the shipped JSON Schemas", () => {
  it("accept text with whitespace at its edges that zod trims, and refuse what zod refuses once trimmed", () => {
    const validate =
      ajv.getSchema("urn:xhht:schema:provincial-report") ?? ajv.compile(toJsonSchema("provincial-report"));
    const report = JSON.parse(JSON.stringify(sampleReport2020)) as Record<string, Json>;
    const cases: [field: string, value: string, valid: boolean][] = [
      ["place", "Nam Định\n", true],
      ["place", "\r\n Nam Định \u00A0", true],
      ["subject", "\u000BKết quả", true],
      ["subject", "Kết quả\u000C\uFEFF", true],
      ["subject", "\u2028Kết quả\u3000", true],
      ["place", "Nam\nĐịnh", false],
      ["subject", "Kết\u000Bquả", false],
      ["subject", "\u0000Kết quả", false],
      ["subject", "Kết quả\uD800", false],
      ["subject", "\u000B\u000C", false],
      ["subject", "\uFEFF", false],
      ["subject", "\u0085", true],
    ];
    for (const [field, value, valid] of cases) {
      const input = { ...report, [field]: value };
      expect(
        entitySchemas["provincial-report"].safeParse(input).success,
        `zod: ${field} ${JSON.stringify(value)}`,
      ).toBe(valid);
      expect(validate(input), `ajv: ${field} ${JSON.stringify(value)}`).toBe(valid);
    }
  });

  it("give the same verdict as zod on the address line (contact) of any document", () => {
    const validate = ajv.getSchema("urn:xhht:schema:official-letter") ?? ajv.compile(toJsonSchema("official-letter"));
    const letter = JSON.parse(JSON.stringify(directive2020.letter)) as Record<string, Json>;
    const part = fc.oneof(
      hostile,
      fc.constantFrom(
        "vanthu@moet.gov.vn",
        "vanthu@localhost",
        "a b@c.vn",
        "moet.gov.vn",
        "https://moet.gov.vn/a?b#c",
        "http://x",
        "024.3869 5144",
        "(024) 38694085",
        "+84 24 3869 5144",
        "024",
        " 024 3869 5144",
        "35 Đại Cồ Việt, Hà Nội",
      ),
    );
    const contact = fc.dictionary(
      fc.constantFrom("address", "email", "website", "phone", "fax", "telex"),
      part as fc.Arbitrary<Json>,
      { maxKeys: 3 },
    );
    fc.assert(
      fc.property(fc.oneof(contact, hostile as fc.Arbitrary<Json>), (value) => {
        // As JSON carries it: a key whose value is undefined is no key.
        const input = JSON.parse(JSON.stringify(value === undefined ? letter : { ...letter, contact: value })) as Json;
        expect(validate(input), JSON.stringify(value)).toBe(entitySchemas["official-letter"].safeParse(input).success);
      }),
      { numRuns: 600 },
    );
  });

  for (const [name, schema] of Object.entries(entitySchemas) as [
    keyof typeof samples,
    (typeof entitySchemas)[keyof typeof samples],
  ][]) {
    const validate = ajv.compile(toJsonSchema(name));
    const sample = JSON.parse(JSON.stringify(samples[name])) as Json;

    it(`accept the sample ${name}, as zod does`, () => {
      expect(validate(sample), JSON.stringify(validate.errors)).toBe(true);
      expect(schema.safeParse(sample).success).toBe(true);
    });

    it(`give the same verdict as zod on ${name} data changed anywhere`, () => {
      const all = paths(sample);
      fc.assert(
        fc.property(fc.constantFrom(...all), hostile, (path, replacement) => {
          const input = mutate(sample, path, replacement as Json | undefined);
          expect(validate(input), `${path.join(".")} := ${JSON.stringify(replacement)}`).toBe(
            schema.safeParse(input).success,
          );
        }),
        { numRuns: 400 },
      );
    });
  }
});
