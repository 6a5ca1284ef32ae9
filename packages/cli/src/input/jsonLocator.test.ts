import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as yaml from "yaml";
import { jsonLocator } from "./jsonLocator.ts";
import { yamlLocator } from "./yamlLocator.ts";

type Path = (string | number)[];

/** Every path of `value` that exists: its fields' and items', at any depth. */
const pathsOf = (value: unknown, path: Path = []): Path[] => {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, index) => pathsOf(item, [...path, index]))];
  if (typeof value === "object" && value !== null) {
    return [path, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...path, key]))];
  }
  return [path];
};

/** The answer the CLI gave before, from the yaml parser's reading of the JSON text; `undefined` when it errs. */
const viaYaml = (text: string) => {
  const counter = new yaml.LineCounter();
  const document = yaml.parseDocument(text, { lineCounter: counter, uniqueKeys: false });
  return document.errors.length > 0 ? undefined : yamlLocator(yaml, document.contents, counter);
};

const layouts = fc.record({
  indent: fc.constantFrom(undefined, 2, "\t"),
  crlf: fc.boolean(),
  lead: fc.constantFrom("", "\n", "  \n\t"),
});

describe("jsonLocator", () => {
  it("points to a field's key, an item, or a missing field's parent", () => {
    const text = '{\n  "issuer": "UBND",\n  "activities": [\n    { "id": "a" },\n    { "id": "b" }\n  ]\n}\n';
    const locate = jsonLocator(text);
    expect(locate([])).toEqual({ line: 1, column: 1 });
    expect(locate(["issuer"])).toEqual({ line: 2, column: 3 });
    expect(locate(["activities", 1])).toEqual({ line: 5, column: 5 });
    expect(locate(["activities", 1, "id"])).toEqual({ line: 5, column: 7 });
    expect(locate(["activities", 1, "measures", "learners"])).toEqual({ line: 5, column: 5 });
    expect(locate(["activities", 7])).toEqual({ line: 3, column: 3 });
    expect(jsonLocator("  \n")([])).toBeUndefined();
  });

  it("answers as the yaml parser's reading of the same JSON did, for any value, layout and path", () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        layouts,
        fc.nat(),
        fc.option(fc.oneof(fc.string(), fc.nat({ max: 5 }))),
        (value, { indent, crlf, lead }, pick, missing) => {
          const json = lead + JSON.stringify(value, null, indent);
          const text = crlf ? json.replaceAll("\n", "\r\n") : json;
          const paths = pathsOf(value);
          const path = [...(paths[pick % paths.length] ?? []), ...(missing === null ? [] : [missing])];
          const before = viaYaml(text);
          fc.pre(before !== undefined);
          expect(jsonLocator(text)(path)).toEqual(before?.(path));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("reads a list of thousands of records once, not once a record", () => {
    const records = Array.from({ length: 5000 }, (_, index) => ({ number: index, issuer: "UBND TỈNH" }));
    const text = JSON.stringify(records, null, 2);
    const locate = jsonLocator(text);
    const start = performance.now();
    for (let index = 0; index < records.length; index++) locate([index, "issuer"]);
    expect(locate([4999, "issuer"])).toEqual({ line: 4 * 4999 + 4, column: 5 });
    expect(performance.now() - start).toBeLessThan(2000);
  });
});
