// Every @example of the packages' TSDoc is type-checked and run as written: a line `expression; // value`, where the
// comment is a JavaScript value, must give that value (deep equality; a string ending in «…» is a prefix).

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as calendar from "@xhht/calendar";
import * as calendarSources from "@xhht/calendar/sources";
import * as cli from "@xhht/cli";
import * as core from "@xhht/core";
import * as domain from "@xhht/domain";
import * as domainCommunes from "@xhht/domain/communes";
import * as domainCsv from "@xhht/domain/csv";
import * as domainDistricts from "@xhht/domain/districts";
import * as domainMessagesEn from "@xhht/domain/messages/en";
import * as domainMessagesVi from "@xhht/domain/messages/vi";
import * as templates from "@xhht/templates";
import { transformSync } from "esbuild";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { csvRow, writeReportsCsv } from "../packages/cli/src/testing/fixtures.ts";
import { handTypedLetter } from "../packages/templates/src/lint/testing/handTypedLetter.ts";
import {
  collectExamples,
  exampleEntries,
  examplePackages,
  instrumentValues,
  missingImports,
  splitImports,
  type TsdocExample,
} from "./tsdocExamples.ts";

const root = resolve(import.meta.dirname, "..");
const { examples, exports } = collectExamples();
const nameOf = (example: TsdocExample) => `${example.packageName}/${example.exportName}#${example.index}`;
const sourceOf = (example: TsdocExample) => [...missingImports(example, exports), example.code].join("\n");

const folder = join(root, ".tmp", "tsdoc-examples");
const fileOf = (example: TsdocExample) =>
  join(folder, example.packageName, `${example.exportName}-${example.index}.ts`);
const diagnostics = new Map<string, string[]>();

beforeAll(() => {
  rmSync(folder, { recursive: true, force: true });
  for (const example of examples) {
    mkdirSync(join(folder, example.packageName), { recursive: true });
    writeFileSync(fileOf(example), `${sourceOf(example)}\nexport {};\n`);
  }
  const config = ts.readConfigFile(join(root, "tsconfig.base.json"), ts.sys.readFile).config;
  const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, root);
  const program = ts.createProgram(examples.map(fileOf), { ...options, types: ["node"], noEmit: true });
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file?.fileName ?? "";
    const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    const line =
      diagnostic.file && diagnostic.start !== undefined
        ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1
        : 0;
    diagnostics.set(resolve(file), [...(diagnostics.get(resolve(file)) ?? []), `line ${line}: ${text}`]);
  }
}, 120_000);

// The files examples read, in the folder they run in: a letter typed in Word with the wrong page size and left
// margin and a bad number line, and a CSV of reports.
const output = mkdtempSync(join(tmpdir(), "xhht-tsdoc-"));
afterAll(() => rmSync(output, { recursive: true, force: true }));
beforeAll(async () => {
  const typed = await handTypedLetter({
    page: { width: 12240, height: 15840 },
    margins: { top: 1134, bottom: 1134, left: 1412, right: 850 },
    numberLine: "Số /SGDĐT-GDTX",
  });
  writeFileSync(join(output, "typed-in-word.docx"), typed);
  writeReportsCsv(output, "reports.csv", [csvRow("36"), csvRow("01")]);
});
const modules: Readonly<Record<string, unknown>> = {
  "@xhht/core": core,
  "@xhht/calendar": calendar,
  "@xhht/calendar/sources": calendarSources,
  "@xhht/domain": domain,
  "@xhht/domain/communes": domainCommunes,
  "@xhht/domain/districts": domainDistricts,
  "@xhht/domain/csv": domainCsv,
  "@xhht/domain/messages/en": domainMessagesEn,
  "@xhht/domain/messages/vi": domainMessagesVi,
  "@xhht/templates": templates,
  "@xhht/cli": cli,
};
const requireFromRoot = createRequire(join(root, "package.json"));
const exampleRequire = (name: string) => (name in modules ? modules[name] : requireFromRoot(name));

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The value a comment spells, with «…» in a string standing for any text (an elided part). */
const elided = (value: unknown): unknown => {
  if (typeof value === "string" && value.includes("…")) {
    return expect.stringMatching(new RegExp(`^${value.split("…").map(escapeRegExp).join("[\\s\\S]*")}$`));
  }
  if (Array.isArray(value)) return value.map(elided);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, elided(entry)]));
  }
  return value;
};
const check = async (actual: () => Promise<unknown>, expected: () => unknown, where: string) => {
  expect(await actual(), where).toEqual(elided(expected()));
};
const throws = async (actual: () => Promise<unknown>, code: string, where: string) => {
  const error = await actual().then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error, `${where}: nothing thrown`).toBeInstanceOf(Error);
  if (code !== "") expect((error as { code?: unknown }).code, where).toBe(code);
};

const callees = { check: "__check", throws: "__throws" } as const;
/** Runs an example's code with its checks; resolves to how many checks it made. */
const runExample = async (name: string, source: string): Promise<number> => {
  const { imports, body } = splitImports(source);
  const { code, checks } = instrumentValues(body, callees, name);
  const auto = missingImports({ packageName: "calendar", exportName: name, index: 1, code: source }, exports);
  const wrapped = `${[...auto, ...imports].join("\n")}\nmodule.exports = (async () => {\n${code}\n})();\n`;
  const { code: js } = transformSync(wrapped, { loader: "ts", format: "cjs" });
  const module = { exports: undefined as unknown };
  const home = process.cwd();
  process.chdir(output);
  try {
    new Function("require", "module", callees.check, callees.throws, js)(exampleRequire, module, check, throws);
    await module.exports;
  } finally {
    process.chdir(home);
  }
  return checks;
};

describe("the TSDoc examples", () => {
  it("are found for every package and every other entry", () => {
    for (const name of Object.keys(exampleEntries)) {
      const found = examples.filter((example) => example.packageName === name).length;
      expect(found, name).toBeGreaterThan((examplePackages as readonly string[]).includes(name) ? 5 : 0);
    }
  });

  it("every export of every package has an example", () => {
    const documented = new Set(examples.map((example) => `${example.packageName}/${example.exportName}`));
    const lacking = exports
      .map((entry) => `${entry.packageName}/${entry.name}`)
      .filter((name) => !documented.has(name));
    expect(lacking, `exports without an @example: ${lacking.join(", ")}`).toEqual([]);
  });

  it("checks the values and throws the examples' comments spell", () => {
    const checks = examples.reduce(
      (sum, example) => sum + instrumentValues(splitImports(example.code).body, callees, nameOf(example)).checks,
      0,
    );
    expect(checks).toBeGreaterThan(examples.length / 2);
  });

  it("fails an example whose comment is wrong, or that does not throw as it says", async () => {
    await expect(runExample("check", "1 + 1; // 3")).rejects.toThrow(/expected 2 to deeply equal 3/);
    await expect(runExample("check", 'parseIsoDate("2020-10-01"); // throws calendar.invalid-date')).rejects.toThrow(
      /nothing thrown/,
    );
    await expect(runExample("check", 'parseIsoDate("2020-02-30"); // throws calendar.invalid-date')).resolves.toBe(1);
    await expect(runExample("check", "[1, 2, 3].length;\n// 3")).resolves.toBe(1);
  });

  it.each(examples.map((example) => [nameOf(example), example] as const))("%s type-checks", (_, example) => {
    expect(diagnostics.get(resolve(fileOf(example))) ?? []).toEqual([]);
  });

  it.each(examples.map((example) => [nameOf(example), example] as const))("%s runs", async (name, example) => {
    await runExample(name, sourceOf(example));
  });
});
