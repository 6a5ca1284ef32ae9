import { directive2020, sampleNationalSummaryMeta2020, samplePlan2020, sampleReport2020 } from "@xhht/domain";
import fc from "fast-check";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readDocxText } from "../docx/readDocxText.ts";
import { TemplateError } from "../input/TemplateError.ts";
import { sampleRenders } from "../testing/sampleRenders.ts";
import { renderPlan } from "./renderPlan.ts";
import { renderReport } from "./renderReport.ts";

type Path = readonly (string | number)[];

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML cannot carry (with /u, a surrogate range matches only lone ones)
const xmlIllegal = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u;
const hasXmlIllegal = (text: string) => xmlIllegal.test(text);

/** Every path to a leaf (a string, number, boolean…) of a JSON-like value. */
const leavesOf = (value: unknown, path: Path = []): Path[] => {
  if (Array.isArray(value)) return value.flatMap((item, index) => leavesOf(item, [...path, index]));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => leavesOf(item, [...path, key]));
  }
  return [path];
};

const replaced = (value: unknown, path: Path, leaf: unknown): unknown => {
  const [head, ...rest] = path;
  if (head === undefined) return leaf;
  if (Array.isArray(value)) return value.map((item, index) => (index === head ? replaced(item, rest, leaf) : item));
  const record = value as Record<string, unknown>;
  return { ...record, [head]: replaced(record[head], rest, leaf) };
};

const { plan, report, summary } = sampleRenders;

/** Each template with the one argument the property varies; the others are the valid samples. */
const templates = [
  ...Object.entries(sampleRenders).map(([name, { sample, render }]) => ({
    name,
    sample: sample as unknown,
    render: (input: unknown) => render(input as never),
  })),
  {
    name: "plan's directive",
    sample: directive2020,
    render: (input: unknown) => plan.render(plan.sample, { directive: input as never }),
  },
  {
    name: "report's directive",
    sample: directive2020,
    render: (input: unknown) => report.render(report.sample, { directive: input as never }),
  },
  {
    name: "summary meta",
    sample: sampleNationalSummaryMeta2020,
    render: (input: unknown) => summary.render(summary.sample, { meta: input as never }),
  },
];

/** Text any user may type or paste: every code point, lone surrogates and controls included, and XML's own syntax. */
const hostileText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom(
      "a",
      " ",
      "<",
      "&",
      "]]>",
      "\u0000",
      "\u000B",
      "\uFFFE",
      "\uFFFF",
      "\uD800",
      "\uDC00",
      "😀",
      "\t",
      "\r",
      "\n",
      "\u2028",
    ),
  }),
);

/** Near-valid and wrong values for any field. */
const hostileValue = fc.oneof(
  hostileText,
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    -1,
    0.5,
    1e21,
    Number.MAX_SAFE_INTEGER + 2,
    10n,
    null,
    undefined,
    "2020-02-30",
    "2020-10-30T24:00:00+07:00",
  ),
  fc.anything(),
);

const outcome = async (run: () => Promise<Uint8Array>) => {
  try {
    return { bytes: await run() };
  } catch (error) {
    return { error };
  }
};

/** Every XML part of the package free of characters XML cannot carry, and the body readable. */
const expectSoundDocument = (bytes: Uint8Array) => {
  const parts = unzipSync(bytes, { filter: (file) => /\.(?:xml|rels)$/u.test(file.name) });
  for (const [name, data] of Object.entries(parts)) expect(strFromU8(data), name).not.toMatch(xmlIllegal);
  expect(readDocxText(bytes).length).toBeGreaterThan(0);
};

describe("every template given hostile input", () => {
  for (const { name, sample, render } of templates) {
    const paths = leavesOf(sample);
    const stringPaths = paths.filter(
      (path) => typeof path.reduce<unknown>((v, k) => (v as never)[k], sample) === "string",
    );

    it(`${name}: refuses text XML cannot carry in any text field with templates.unsafe-text, or writes a sound document`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...stringPaths), hostileText, async (path, text) => {
          const result = await outcome(() => render(replaced(sample, path, text)));
          if ("bytes" in result) {
            expect(hasXmlIllegal(text)).toBe(false);
            expectSoundDocument(result.bytes);
          } else {
            expect(result.error).toBeInstanceOf(TemplateError);
            if (hasXmlIllegal(text)) expect(result.error).toMatchObject({ code: "templates.unsafe-text" });
          }
        }),
        { numRuns: 40 },
      );
    }, 60_000);

    it(`${name}: refuses any wrong value in any field with a TemplateError, never another error`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...paths), hostileValue, async (path, value) => {
          const result = await outcome(() => render(replaced(sample, path, value)));
          if ("bytes" in result) expectSoundDocument(result.bytes);
          else {
            expect(result.error).toBeInstanceOf(TemplateError);
            expect((result.error as TemplateError).message.length).toBeGreaterThan(0);
          }
        }),
        { numRuns: 40 },
      );
    }, 60_000);
  }

  it("refuse a whole argument of any type with a TemplateError (an absent directive option aside)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...templates), fc.anything(), async ({ name, render }, value) => {
        const result = await outcome(() => render(value));
        if (value === undefined && name.endsWith("directive")) expect("bytes" in result).toBe(true);
        else expect("error" in result && result.error instanceof TemplateError).toBe(true);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe("renderNationalSummary", () => {
  it("refuses totals beyond Number.MAX_SAFE_INTEGER with a TemplateError carrying the issues", async () => {
    const huge = {
      ...summary.sample,
      totals: { ...summary.sample.totals, budgetSpent: Number.MAX_SAFE_INTEGER * 4 },
    };
    const error = await summary.render(huge).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateError);
    expect(error).toMatchObject({
      code: "templates.invalid-input",
      issues: [expect.objectContaining({ code: "schema.too-big", path: ["summary", "totals", "budgetSpent"] })],
    });
  });
});

describe("renderPlan and renderReport", () => {
  it("check the directive given as an option like their input", async () => {
    const hostile = { ...directive2020, theme: "Học\u0000tập" };
    await expect(renderPlan(samplePlan2020, { directive: hostile })).rejects.toMatchObject({
      code: "templates.unsafe-text",
      path: ["directive", "theme"],
    });
    await expect(renderReport(sampleReport2020, { directive: hostile })).rejects.toMatchObject({
      code: "templates.unsafe-text",
    });
    const impossible = { ...directive2020, week: { ...directive2020.week, start: "2020-02-30" } };
    const error = await renderPlan(samplePlan2020, { directive: impossible as never }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "templates.invalid-input" });
    expect((error as TemplateError).issues.length).toBeGreaterThan(0);
  });
});
