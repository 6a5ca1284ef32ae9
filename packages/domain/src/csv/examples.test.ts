// The @example blocks of the `@xhht/domain/csv` entry, run as written, as test/tsdocExamples.test.ts runs those of
// the packages' main entries (which it reads from src/index.ts only): a line `expression; // value` must give that
// value, a line `expression; // throws code` must throw with that code.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as domain from "@xhht/domain";
import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";
import { instrumentValues, splitImports } from "../../../../test/tsdocExamples.ts";
import * as entry from "../csv.ts";

const files = [
  "../csv.ts",
  "CsvFailure.ts",
  "csvFailureCodes.ts",
  "CsvReportRecord.ts",
  "csvReportColumns.ts",
  "ReadReportsCsvOptions.ts",
  "ReportsCsv.ts",
  "readReportsCsv.ts",
];

/** Each export of the files with the code of its @example blocks. */
const examples = files.flatMap((file) => {
  const text = readFileSync(join(import.meta.dirname, file), "utf8");
  return [...text.matchAll(/\/\*\*([\s\S]*?)\*\/\s*(?:export\s+(?:const|interface|type)\s+(\w+))?/g)].flatMap(
    (comment) =>
      [...(comment[1] as string).matchAll(/@example\s*\n\s*\* ```ts\n([\s\S]*?)\n\s*\* ```/g)].map((block) => ({
        name: comment[2] ?? `${file} (module)`,
        code: (block[1] as string).replace(/^\s*\* ?/gm, ""),
      })),
  );
});

const modules: Readonly<Record<string, unknown>> = { "@xhht/domain": domain, "@xhht/domain/csv": entry };
const check = async (actual: () => Promise<unknown>, expected: () => unknown, where: string) => {
  expect(await actual(), where).toEqual(expected());
};
const throws = async (actual: () => Promise<unknown>, code: string, where: string) => {
  const error = await actual().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error, `${where}: nothing thrown`).toBeInstanceOf(Error);
  if (code !== "") expect((error as { code?: unknown }).code, where).toBe(code);
};

describe("the @examples of @xhht/domain/csv", () => {
  it("cover every export of the entry, each importing from @xhht/domain/csv", () => {
    const named = new Set(examples.map((example) => example.name));
    const exported = Object.keys(entry).concat([
      "CsvFailure",
      "CsvFailureCode",
      "CsvReportRecord",
      "ReadReportsCsvOptions",
      "ReportsCsv",
    ]);
    expect(exported.filter((name) => !named.has(name))).toEqual([]);
    for (const { code } of examples) expect(code).toMatch(/from "@xhht\/domain\/csv";/);
  });

  it.each(examples.map((example, index) => [`${example.name} #${index}`, example.code] as const))(
    "%s runs as written",
    async (name, source) => {
      const { imports, body } = splitImports(source);
      const { code, checks } = instrumentValues(body, { check: "__check", throws: "__throws" }, name);
      if (!name.includes("(module)"))
        expect(checks, "an example with no `expression; // value` line").toBeGreaterThan(0);
      const wrapped = `${imports.join("\n")}\nmodule.exports = (async () => {\n${code}\n})();\n`;
      const { code: js } = transformSync(wrapped, { loader: "ts", format: "cjs" });
      const module = { exports: undefined as unknown };
      const require = (specifier: string) => {
        if (!(specifier in modules)) throw new Error(`the example imports ${specifier}`);
        return modules[specifier];
      };
      new Function("require", "module", "__check", "__throws", js)(require, module, check, throws);
      await module.exports;
    },
  );
});
