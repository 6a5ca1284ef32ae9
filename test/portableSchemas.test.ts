// The shipped JSON Schemas are portable: their patterns mean in Python's re and Perl's regex engine (through Python's
// jsonschema and Perl's JSON::Validator, run as child processes) what zod's patterns mean in JavaScript, and a plain
// `new Ajv2020()` compiles them. Needs `bash scripts/system-packages.sh` (python3-jsonschema, libjson-validator-perl)
// and `pnpm --filter @xhht/domain build` (the schema files).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { entitySchemas, toJsonSchema } from "@xhht/domain";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { portablePattern } from "../packages/domain/src/entities/portablePattern.ts";
import { entitySamples } from "../packages/domain/src/testing/entitySamples.ts";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type EntityId = keyof typeof entitySchemas;

const schemaDir = join(import.meta.dirname, "..", "packages", "domain", "schemas");
const entityIds = Object.keys(entitySchemas) as EntityId[];

/** Every `pattern` keyword of a JSON Schema (no property of these entities is named "pattern"). */
const patternsOf = (schema: unknown, into = new Set<string>()): Set<string> => {
  if (Array.isArray(schema)) for (const item of schema) patternsOf(item, into);
  else if (schema && typeof schema === "object") {
    for (const [key, value] of Object.entries(schema)) {
      if (key === "pattern" && typeof value === "string") into.add(value);
      else patternsOf(value, into);
    }
  }
  return into;
};

/** zod's own patterns, before the rewriting, and their portable forms. */
const originals = [
  ...new Set(
    entityIds.flatMap((id) => [
      ...patternsOf(
        z.toJSONSchema(entitySchemas[id], { target: "draft-2020-12", io: "input", unrepresentable: "throw" }),
      ),
    ]),
  ),
];
const pairs = originals.map((original) => ({ original, portable: portablePattern(original) }));

// What the engines read differently, and the SDK's own characters.
const interesting = [
  ..."aAzZ09-./:@+()# _",
  ..."ĐđƯưƠơÂâĂăÊêÔôẠẶẾỆỒỢỰỲỸÀÁẢÃÝĨŨ",
  "Ǆ", // Lu
  "ǅ", // Lt: not \p{Lu}
  "ß",
  "Ω",
  "Ａ",
  "𝐀", // astral Lu
  "𐐀",
  "٣", // Arabic-Indic digit: \d in Python and Perl
  "१",
  "\u0085", // \s in Python
  "\u001C",
  "\u180E",
  "\u200B",
  ..."\t\n\r\u000B\u000C\u00A0\u1680\u2000\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF",
  "\u0000",
  "\u0008",
  "\u001F",
  "\u007F",
  "\u00AD",
  "\uFFFD",
  "\uFFFE",
  "\uFFFF",
  "\uD800",
  "\uDBFF",
  "\uDC00",
  "\uDFFF",
  "\uE000",
  "😀",
  "\u{10FFFD}",
  "\u{10FFFE}",
  "\u{10FFFF}",
];
const unit = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...interesting) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) },
);
const edges = fc.string({
  unit: fc.constantFrom(" ", "\t", "\n", "\r", "\u000B", "\u00A0", "\u3000", "\uFEFF"),
  maxLength: 2,
});
const pad = (inner: fc.Arbitrary<string>) =>
  fc.tuple(edges, inner, edges).map(([before, core, after]) => `${before}${core}${after}`);
const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, "0"));
const date = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, "0")),
    two(13),
    two(32),
  )
  .map(([year, month, day]) => `${year}-${month}-${day}`);
const leapDay = fc
  .oneof(fc.integer({ min: 0, max: 9999 }), fc.constantFrom(0, 400, 800, 1900, 2000, 2100, 2400))
  .map((year) => `${String(year).padStart(4, "0")}-02-29`);
const symbolPart = fc.constantFrom(
  "KH",
  "UBND",
  "QyĐ",
  "CTr",
  "TTr",
  "TrS",
  "BGDĐT",
  "GDĐT",
  "ĐẢNG",
  "123",
  "Ư",
  "Ắ",
  "ǅ",
  "ß",
  "𝐀",
  "Ａ",
  "٣",
  "kh",
  "QĐ",
  "",
);
const symbol = fc
  .tuple(fc.array(symbolPart, { minLength: 1, maxLength: 4 }), fc.constantFrom("-", "-", "/", " ", "--"))
  .map(([parts, separator]) => parts.join(separator));
const samples = fc.constantFrom(
  "Nam Định",
  "Hà Nội",
  "Ha\u0300 No\u0323i",
  "Lưu: VT, GDTX.",
  "KH-UBND",
  "QyĐ-UBND",
  "123.",
  "a)",
  "đ)",
  "f)",
  "vanthu@moet.gov.vn",
  "o'brien+x@a-b.vn",
  "https://moet.gov.vn/a?b#c",
  "http://x",
  "moet.gov.vn/ü ",
  "+84 24 3869 5144",
  "(024) 38694085",
  "10:45",
  "24:00",
  "2020-10-01T08:00:00+07:00",
  "2020-10-01t08:00Z",
  "2020-10-01",
  "0000-01-01",
  "1900-02-29",
  "2000-02-29",
  "٢٠٢٠-10-01",
  "70000",
  "01",
  "hoc-tap.tuan-le",
  "a.b-c.d1",
);
const candidate = fc.oneof(
  fc.string({ unit, maxLength: 12 }),
  pad(fc.string({ unit, minLength: 1, maxLength: 6 })),
  pad(samples),
  samples.chain((text) =>
    fc.tuple(fc.nat(text.length), unit).map(([at, char]) => `${text.slice(0, at)}${char}${text.slice(at + 1)}`),
  ),
  fc.oneof(date, leapDay, symbol),
  pad(fc.oneof(date, symbol)),
  fc.string({ unit: fc.constantFrom(..."0123456789-:.T+Z"), maxLength: 25 }),
);

/** A fixed corpus of strings for the other engines: the same cases on every run. */
const corpus = [...new Set([...fc.sample(candidate, { numRuns: 4000, seed: 20201001 }), ...interesting])];

const js = (pattern: string) => {
  const regex = new RegExp(pattern, "u");
  return (text: string) => regex.test(text);
};

/**
 * What Python's re.search and Perl's match say when the pattern says what JavaScript's says: their `$` also matches
 * before one final "\n" (the documented difference no portable syntax removes; every pattern ends with `$`).
 */
const dollarBeforeFinalNewline = (matches: (text: string) => boolean) => (text: string) =>
  matches(text) || (text.endsWith("\n") && matches(text.slice(0, -1)));

/** JSON with every character past ASCII escaped: what any JSON decoder reads, noncharacters and surrogates too. */
const asciiJson = (value: unknown) =>
  JSON.stringify(value).replace(/[\u007F-\uFFFF]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);

interface EngineAnswer {
  compiled: number;
  matches: boolean[][];
  valid: boolean[];
  [version: string]: unknown;
}

/** Runs a checker script (test/portable/) with the patterns, strings and instances; fails with what to install. */
const runChecker = (
  command: string,
  script: string,
  request: { patterns: string[]; strings: string[]; instances: [EntityId, Json][] },
  install: string,
): EngineAnswer => {
  if (!existsSync(command)) {
    throw new Error(`${command} is missing: run \`bash scripts/system-packages.sh\` (it installs ${install})`);
  }
  const result = spawnSync(command, [join(import.meta.dirname, "portable", script)], {
    input: asciiJson({ schemaDir, ...request }),
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${script} exited ${result.status}: ${result.stderr}\n` +
        `(\`bash scripts/system-packages.sh\` installs ${install})`,
    );
  }
  return JSON.parse(result.stdout) as EngineAnswer;
};

// Broken instances: each sample changed at one place, from a fixed seed, with strings the patterns decide on.
const paths = (value: Json, prefix: (string | number)[] = []): (string | number)[][] => {
  if (value === null || typeof value !== "object") return [prefix];
  const children = Array.isArray(value) ? value.map((_, index) => index) : Object.keys(value);
  return [
    prefix,
    ...children.flatMap((key) => paths((value as Record<string | number, Json>)[key]!, [...prefix, key])),
  ];
};
const mutate = (value: Json, path: (string | number)[], replacement: Json): Json => {
  const copy = structuredClone(value);
  if (path.length === 0) return replacement;
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  parent[path.at(-1)!] = replacement;
  return copy;
};
const sampleOf = (id: EntityId) => JSON.parse(JSON.stringify(entitySamples[id])) as Json;
/** No string ending in "\n" (where `$` differs), no lone surrogate (Perl's JSON decoders refuse one). */
const portableString = (text: string) => !text.endsWith("\n") && !/\p{Cs}/u.test(text);
const instances: [EntityId, Json, boolean][] = entityIds.flatMap((id) => {
  const sample = sampleOf(id);
  const leaves = paths(sample).filter((path) => path.length > 0);
  const replacement = fc.oneof(candidate.filter(portableString), fc.integer({ min: -1, max: 100 }));
  const broken = fc
    .sample(fc.tuple(fc.constantFrom(...leaves), replacement), { numRuns: 60, seed: 36 })
    .map(([path, value]): Json => mutate(sample, path, value));
  return [sample, ...broken].map((value): [EntityId, Json, boolean] => [
    id,
    value,
    entitySchemas[id].safeParse(value).success,
  ]);
});

describe("the JSON Schemas' patterns, rewritten to a portable subset", () => {
  it("are the patterns toJsonSchema ships, each rewritten", () => {
    const shipped = new Set(entityIds.flatMap((id) => [...patternsOf(toJsonSchema(id))]));
    expect(shipped).toEqual(new Set(pairs.map((pair) => pair.portable)));
    for (const id of entityIds) {
      expect(JSON.parse(readFileSync(join(schemaDir, `${id}.json`), "utf8")), `${id}.json: pnpm build`).toEqual(
        toJsonSchema(id),
      );
    }
  });

  it("use none of the syntax other engines read differently", () => {
    for (const { portable } of pairs) {
      // No \d \s \w \p \u escapes, no lookaround, no named group, no surrogate, no noncharacter, no `.`.
      expect(portable).not.toMatch(/\\[dDsSwWpPbBuk]|\(\?[=!<]|[\uD800-\uDFFF\uFFFE\uFFFF\u{10FFFE}\u{10FFFF}]/u);
      expect(portable.replace(/\\./gsu, "").replace(/\[[^\]]*\]/gu, "")).not.toContain(".");
      expect(portable.endsWith("$")).toBe(true);
    }
  });

  it("match what zod's patterns match in JavaScript, for generated strings", () => {
    let cases = 0;
    for (const { original, portable } of pairs) {
      const [zodMatches, portableMatches] = [js(original), js(portable)];
      fc.assert(
        fc.property(candidate, (text) => {
          cases++;
          expect(portableMatches(text), `${JSON.stringify(text)} against ${original}`).toBe(zodMatches(text));
        }),
        { numRuns: 1500 },
      );
      for (const text of corpus) expect(portableMatches(text), JSON.stringify(text)).toBe(zodMatches(text));
    }
    expect(cases).toBe(pairs.length * 1500);
  });

  it("match what zod's patterns match for every single code point (\\p{Lu}, text, whitespace classes)", () => {
    for (const { original, portable } of pairs) {
      const [zodMatches, portableMatches] = [js(original), js(portable)];
      for (let code = 0; code <= 0x10ffff; code++) {
        const char = String.fromCodePoint(code);
        if (portableMatches(char) !== zodMatches(char)) {
          expect.fail(
            `U+${code.toString(16).toUpperCase()} against ${original}: ${portableMatches(char)} ≠ ${zodMatches(char)}`,
          );
        }
      }
    }
  }, 60_000);

  it("keep the SDK's Vietnamese capitals, and only capitals, in the drafter's initials", () => {
    const initials = pairs.find((pair) => pair.original === "^\\p{Lu}{1,10}$")!.portable;
    const regex = new RegExp(initials, "u");
    for (const text of ["NVA", "ĐTH", "ƯƠẮẶẾỆ", "ÀÁẢÃẠ", "ỲÝỶỸỴ", "A"]) expect(regex.test(text), text).toBe(true);
    for (const text of ["nva", "Đt", "ǅ", "", "ABCDEFGHIJK", "A1"]) expect(regex.test(text), text).toBe(false);
  });
});

describe("the shipped JSON Schemas in other engines", () => {
  const request = {
    patterns: pairs.map((pair) => pair.portable),
    strings: corpus,
    instances: instances.map(([id, value]): [EntityId, Json] => [id, value]),
  };
  const expectedMatches = pairs.map(({ original }) => corpus.map(dollarBeforeFinalNewline(js(original))));
  const expectedValid = instances.map(([, , valid]) => valid);

  it("has valid and invalid instances to check", () => {
    expect(expectedValid.filter(Boolean).length).toBeGreaterThanOrEqual(entityIds.length);
    expect(expectedValid.filter((valid) => !valid).length).toBeGreaterThan(200);
    for (const id of entityIds) expect(entitySchemas[id].safeParse(sampleOf(id)).success).toBe(true);
  });

  it("Python's re compiles every pattern and jsonschema gives zod's verdicts", () => {
    const answer = runChecker("/usr/bin/python3", "check_schemas.py", request, "python3-jsonschema");
    expect(answer.compiled).toBe(pairs.length);
    pairs.forEach(({ original }, index) => {
      const wrong = corpus.filter((_, at) => answer.matches[index]?.[at] !== expectedMatches[index]?.[at]);
      expect(
        wrong.map((text) => JSON.stringify(text)),
        `Python re on ${original}`,
      ).toEqual([]);
    });
    instances.forEach(([id, value, valid], index) => {
      expect(answer.valid[index], `jsonschema ${id}: ${JSON.stringify(value).slice(0, 300)}`).toBe(valid);
    });
  }, 120_000);

  it("Perl's regex engine compiles every pattern and JSON::Validator gives zod's verdicts", () => {
    // Perl's JSON decoders refuse a lone surrogate: no Perl system holds one.
    const strings = corpus.filter((text) => !/\p{Cs}/u.test(text));
    const answer = runChecker("/usr/bin/perl", "check_schemas.pl", { ...request, strings }, "libjson-validator-perl");
    expect(answer.compiled).toBe(pairs.length);
    pairs.forEach(({ original }, index) => {
      const expected = dollarBeforeFinalNewline(js(original));
      const wrong = strings.filter((text, at) => answer.matches[index]![at] !== expected(text));
      expect(
        wrong.map((text) => JSON.stringify(text)),
        `Perl on ${original}`,
      ).toEqual([]);
    });
    instances.forEach(([id, value, valid], index) => {
      expect(answer.valid[index], `JSON::Validator ${id}: ${JSON.stringify(value).slice(0, 300)}`).toBe(valid);
    });
  }, 120_000);

  it("a plain new Ajv2020() compiles every schema, without ajv-formats, and gives zod's verdicts", () => {
    const warnings: unknown[] = [];
    const ajv = new Ajv2020({
      logger: { log: () => {}, warn: (...args) => warnings.push(args), error: console.error },
    });
    for (const id of entityIds) {
      const validate = ajv.compile(JSON.parse(readFileSync(join(schemaDir, `${id}.json`), "utf8")));
      for (const [entity, value, valid] of instances) {
        if (entity === id) expect(validate(value), `ajv ${id}: ${JSON.stringify(value).slice(0, 300)}`).toBe(valid);
      }
    }
    expect(warnings).toEqual([]);
  });
});

describe("the JSON Schema section of docs/domain.md", () => {
  const guide = readFileSync(join(import.meta.dirname, "..", "docs", "domain.md"), "utf8");
  const section = guide.slice(guide.indexOf("## JSON Schema for other systems"));
  const python = /^```python\n([\s\S]*?)^```/m.exec(section)?.[1];

  it("has a Python example that runs as written against the shipped schemas", () => {
    expect(python, "a ```python block in the JSON Schema section").toBeDefined();
    const dir = mkdtempSync(join(tmpdir(), "xhht-python-doc-"));
    try {
      mkdirSync(join(dir, "node_modules", "@xhht", "domain"), { recursive: true });
      symlinkSync(schemaDir, join(dir, "node_modules", "@xhht", "domain", "schemas"));
      writeFileSync(join(dir, "example.py"), python ?? "");
      const run = (report: Json) => {
        writeFileSync(join(dir, "report-36.json"), JSON.stringify(report));
        const result = spawnSync("/usr/bin/python3", ["example.py"], { cwd: dir, encoding: "utf8" });
        expect(result.stderr, "python3 example.py (bash scripts/system-packages.sh installs python3-jsonschema)").toBe(
          "",
        );
        expect(result.status).toBe(0);
        return result.stdout;
      };
      const report = sampleOf("provincial-report") as Record<string, Json>;
      expect(run(report)).toBe("");
      const broken = run({ ...report, province: "7", subject: "\u0000" });
      expect(broken).toMatch(/^province /m);
      expect(broken).toMatch(/^subject /m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("shows a plain Ajv2020, with no ajv-formats, and names no format the schemas carry", () => {
    expect(section).toContain("new Ajv2020().compile(schema)");
    for (const id of entityIds) expect(JSON.stringify(toJsonSchema(id))).not.toContain('"format"');
  });
});
