// Checks every package as a consumer gets it (`pnpm test:packages`): packed, linted by publint --strict and attw,
// installed from the tarballs into an empty npm project outside the workspace, then: the READMEs' links as the npm
// page shows them; every entry point of every package's `exports` imported with ESM and required with CommonJS; types
// resolved with moduleResolution node16, nodenext and bundler; the installed `xhht` run; tree-shaken browser bundles
// of single imports measured against their budgets (test/consumer/sizeBudgets.ts); and a code-split browser bundle of
// validateReport that speaks Vietnamese at once and English after `loadLanguage("en")`, within its budget. Build
// first: `pnpm build`.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import {
  describeSize,
  isOverBudget,
  measureBundle,
  measureViteBundle,
  type SizeBudget,
  type SplitBundle,
  splitEsbuildBundle,
  splitViteBundle,
} from "./sizeBudgets.ts";

const root = resolve(import.meta.dirname, "..", "..");
const packages = ["core", "calendar", "domain", "templates", "cli"] as const;
const run = (command: string, args: readonly string[], cwd: string) =>
  execFileSync(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });

let consumer: string | undefined;
/** Runs one check: prints its title and what it returns (one line or two); on failure, everything, then exits 1. */
const step = async (title: string, action: () => string | undefined | Promise<string | undefined>) => {
  try {
    const output = (await action())?.trim();
    process.stdout.write(`✔ ${title}${output ? `\n  ${output.replaceAll("\n", "\n  ")}` : ""}\n`);
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string; message: string };
    const details = [failure.stdout, failure.stderr || failure.message].filter(Boolean).join("\n").trim();
    process.stderr.write(`✖ ${title}\n${details}\n`);
    if (consumer) process.stderr.write(`(the consumer project is kept in ${consumer})\n`);
    process.exit(1);
  }
};

// ---- pack, lint

const packs = join(root, ".tmp", "packs");
rmSync(packs, { recursive: true, force: true });
mkdirSync(packs, { recursive: true });
const tarballs: string[] = [];
for (const name of packages) {
  const dir = join(root, "packages", name);
  if (!existsSync(join(dir, "dist"))) {
    process.stderr.write(`✖ packages/${name}/dist is missing: run \`pnpm build\` first\n`);
    process.exit(1);
  }
  await step(`@xhht/${name}: packed, publint --strict, attw`, () => {
    run("pnpm", ["pack", "--pack-destination", packs], dir);
    const tarball = readdirSync(packs).find((file) => file.startsWith(`xhht-${name}-`));
    if (tarball === undefined) throw new Error(`pnpm pack wrote no tarball for @xhht/${name} in ${packs}`);
    tarballs.push(join(packs, tarball));
    run("publint", ["--strict", join(packs, tarball)], root);
    run("attw", [join(packs, tarball), "--format", "ascii"], root);
    return undefined;
  });
}

// ---- install into an empty project

consumer = mkdtempSync(join(tmpdir(), "xhht-consumer-"));
const inConsumer = (...parts: string[]) => join(consumer as string, ...parts);
writeFileSync(inConsumer("package.json"), JSON.stringify({ name: "consumer", private: true, version: "1.0.0" }));
await step("npm install of the tarballs into an empty project", () =>
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...tarballs], consumer as string),
);

// ---- the entry points, from each installed (packed) package.json

type Conditions = string | null | { readonly [condition: string]: Conditions };
interface EntryPoint {
  readonly specifier: string;
  readonly kind: "js" | "json";
}

/** The file a condition map resolves to for `conditions`, as Node walks it: the first key that applies wins. */
const target = (value: Conditions, conditions: readonly string[]): string | undefined => {
  if (value === null || typeof value === "string") return value ?? undefined;
  for (const [condition, next] of Object.entries(value)) {
    if (condition === "default" || conditions.includes(condition)) return target(next, conditions);
  }
  return undefined;
};

const conditionsOf = (value: Conditions): string[] =>
  value === null || typeof value === "string"
    ? []
    : Object.entries(value).flatMap(([condition, next]) => [condition, ...conditionsOf(next)]);

/** Files under `dir`, as paths relative to it with "/". */
const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(dir, join(entry.parentPath, entry.name)).replaceAll("\\", "/"))
    : [];

const entryPoints = (name: string): EntryPoint[] => {
  const dir = inConsumer("node_modules", "@xhht", name);
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
    exports?: Record<string, Conditions>;
  };
  if (manifest.exports === undefined) throw new Error(`@xhht/${name} has no "exports"`);
  return Object.entries(manifest.exports).flatMap(([key, value]): EntryPoint[] => {
    const leaked = conditionsOf(value).filter((condition) => condition.startsWith("@xhht/"));
    if (leaked.length > 0) throw new Error(`the packed @xhht/${name} exports "${key}" with condition ${leaked}`);
    const importTarget = target(value, ["import", "node"]);
    const requireTarget = target(value, ["require", "node"]);
    if (importTarget === undefined || requireTarget === undefined) {
      throw new Error(`@xhht/${name} exports "${key}" without both an import and a require target`);
    }
    const kind = importTarget.endsWith(".json") ? "json" : "js";
    if (!key.includes("*")) return [{ specifier: `@xhht/${name}${key.slice(1)}`, kind }];
    // A subpath pattern: every file of the tarball its target matches is an entry point.
    const [prefix = "", suffix = ""] = importTarget.replace(/^\.\//, "").split("*");
    const matched = filesUnder(dir)
      .filter((file) => file.startsWith(prefix) && file.endsWith(suffix) && file.length > prefix.length + suffix.length)
      .map((file) => key.replace("*", file.slice(prefix.length, file.length - suffix.length)));
    if (matched.length === 0) throw new Error(`@xhht/${name} exports "${key}", which matches no file in the tarball`);
    return matched.sort().map((subpath) => ({ specifier: `@xhht/${name}${subpath.slice(1)}`, kind }));
  });
};

const entries: EntryPoint[] = [];

// ---- the READMEs as the npm page shows them: a package has no repository there, so a relative link leads nowhere

await step("READMEs: every link is absolute, and each to a guide on unpkg names a file its package ships", () => {
  const shipped = new Set<string>();
  for (const name of packages) {
    const dir = inConsumer("node_modules", "@xhht", name);
    const guides = filesUnder(join(dir, "docs")).map((file) => `docs/${file}`);
    const readme = readFileSync(join(dir, "README.md"), "utf8");
    const unlinked = guides.filter((guide) => !readme.includes(`](https://unpkg.com/@xhht/${name}/${guide})`));
    if (unlinked.length > 0) throw new Error(`@xhht/${name} ships ${unlinked}, which its README does not link`);
    for (const file of ["README.md", ...guides]) {
      const text = readFileSync(join(dir, file), "utf8");
      for (const [, link = ""] of text.matchAll(/\]\(([^)\s]+)\)/gu)) {
        const onUnpkg = /^https:\/\/unpkg\.com\/(@xhht\/[a-z]+)\/([^#?]+)/u.exec(link);
        if (onUnpkg !== null) {
          const [, owner = "", path = ""] = onUnpkg;
          if (!existsSync(inConsumer("node_modules", owner, path))) {
            throw new Error(`@xhht/${name}'s ${file} links ${link}, a file ${owner} does not ship`);
          }
          shipped.add(`${owner}/${path}`);
        } else if (file === "README.md" && !/^(?:https?:|mailto:|#)/u.test(link)) {
          throw new Error(`@xhht/${name}'s README links ${link}, which leads nowhere on the npm page`);
        }
      }
    }
  }
  return [...shipped].sort().join(", ");
});

await step("every entry point listed in the packed exports", () => {
  for (const name of packages) entries.push(...entryPoints(name));
  const js = entries.filter((entry) => entry.kind === "js").map((entry) => entry.specifier);
  return `${entries.length} entry points: ${js.join(", ")} and ${entries.length - js.length} JSON files`;
});

/** What each JSON entry point must hold: its package's name, or a JSON Schema's id and draft. */
const jsonExpectation = (specifier: string) => {
  const schema = /^@xhht\/domain\/schemas\/(.+)\.json$/.exec(specifier)?.[1];
  if (schema !== undefined) {
    return `json.$id !== "urn:xhht:schema:${schema}" || json.$schema !== "https://json-schema.org/draft/2020-12/schema"`;
  }
  const manifest = /^(@xhht\/[^/]+)\/package\.json$/.exec(specifier)?.[1];
  if (manifest !== undefined) return `json.name !== ${JSON.stringify(manifest)}`;
  return "json === null || typeof json !== 'object'";
};

const esmEntries = `import { deepStrictEqual } from "node:assert";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
${entries
  .map(({ specifier, kind }, index) =>
    kind === "json"
      ? `import json${index} from ${JSON.stringify(specifier)} with { type: "json" };`
      : `import * as module${index} from ${JSON.stringify(specifier)};`,
  )
  .join("\n")}
const check = (specifier, failed, message) => { if (failed) throw new Error(specifier + ": " + message); };
${entries
  .map(({ specifier, kind }, index) =>
    kind === "json"
      ? `{ const json = json${index}; check(${JSON.stringify(specifier)}, ${jsonExpectation(specifier)}, "unexpected JSON"); }`
      : `{ const names = Object.keys(module${index}).filter((name) => name !== "default").sort();
  check(${JSON.stringify(specifier)}, names.length === 0, "no named export");
  deepStrictEqual(names, Object.keys(require(${JSON.stringify(specifier)})).sort(), ${JSON.stringify(`${specifier}: ESM and CommonJS export different names`)}); }`,
  )
  .join("\n")}
const schemaFiles = ${JSON.stringify(entries.flatMap(({ specifier }) => /^@xhht\/domain\/schemas\/(.+)\.json$/.exec(specifier)?.[1] ?? []).sort())};
const { entitySchemas } = await import("@xhht/domain");
deepStrictEqual(schemaFiles, Object.keys(entitySchemas).sort(), "the shipped schemas/*.json are not entitySchemas");
console.log("${entries.length} imported with ESM");
`;

const cjsEntries = `${entries
  .map(({ specifier, kind }) => {
    const check =
      kind === "json"
        ? jsonExpectation(specifier)
        : "json === null || typeof json !== 'object' || Object.keys(json).length === 0";
    return `{ const json = require(${JSON.stringify(specifier)}); if (${check}) throw new Error(${JSON.stringify(`${specifier}: unexpected from require`)}); }`;
  })
  .join("\n")}
console.log("${entries.length} required with CommonJS");
`;

writeFileSync(inConsumer("entries.mjs"), esmEntries);
writeFileSync(inConsumer("entries.cjs"), cjsEntries);
await step("ESM import of every entry point", () => run("node", ["entries.mjs"], consumer as string));
await step("CommonJS require of every entry point", () => run("node", ["entries.cjs"], consumer as string));

// ---- what the packages do, once installed

const esm = `
import { formatDateLine, lifelongLearningWeek } from "@xhht/calendar";
import { directive2020, validateDirective } from "@xhht/domain";
import { readDocxText, renderOfficialLetter } from "@xhht/templates";
import { exitCodes, csvReportColumns } from "@xhht/cli";
import { readReportsCsv } from "@xhht/domain/csv";
const line = formatDateLine("Hà Nội", "2020-09-15");
if (line !== "Hà Nội, ngày 15 tháng 9 năm 2020") throw new Error("formatDateLine: " + line);
if (lifelongLearningWeek(2020).opening !== "2020-10-01") throw new Error("lifelongLearningWeek");
if (!validateDirective(directive2020).ok) throw new Error("validateDirective");
const bytes = await renderOfficialLetter(directive2020.letter, { generatedAt: "2020-09-15" });
if (!readDocxText(bytes).some((p) => p.includes("Chuyển đổi số thúc đẩy Học tập suốt đời"))) throw new Error("docx");
if (exitCodes.usage !== 2 || !csvReportColumns.lists.includes("copies")) throw new Error("@xhht/cli");
const csv = readReportsCsv("year;province;commune;opening-ceremony:participants\\n2025;01;00004;1.200\\n");
if (csv.records[0]?.value.commune !== "00004" || csv.failures.length !== 0) throw new Error("readReportsCsv");
console.log(line);
`;
const cjs = `
const { formatDateLine } = require("@xhht/calendar");
const { directive2020, validateDirective } = require("@xhht/domain");
const { renderOfficialLetter } = require("@xhht/templates");
if (require("@xhht/cli").exitCodes.issues !== 1) throw new Error("@xhht/cli");
if (require("@xhht/domain/csv").readReportsCsv("year\\n2025\\n").records[0].value.year !== 2025) throw new Error("csv");
if (!validateDirective(directive2020).ok) throw new Error("validateDirective");
renderOfficialLetter(directive2020.letter, { generatedAt: "2020-09-15" }).then((bytes) => {
  if (!(bytes instanceof Uint8Array) || bytes.length < 1000) throw new Error("renderOfficialLetter");
  console.log(formatDateLine("Hà Nội", "2020-01-05"));
});
`;
writeFileSync(inConsumer("esm.mjs"), esm);
writeFileSync(inConsumer("cjs.cjs"), cjs);
await step("ESM: date line, week, directive, .docx, a CSV of reports", () =>
  run("node", ["esm.mjs"], consumer as string),
);
await step("CommonJS: date line, directive, .docx, a CSV of reports", () =>
  run("node", ["cjs.cjs"], consumer as string),
);

const xhht = inConsumer("node_modules", ".bin", process.platform === "win32" ? "xhht.cmd" : "xhht");
await step("the installed xhht: --help (and the guide it names), week, demo", () => {
  const help = run(xhht, ["--help", "--lang", "en"], consumer as string);
  if (!help.includes("Usage: xhht") || !help.includes("validate")) throw new Error(`xhht --help printed:\n${help}`);
  const guide = /: (\S+cli\.md)$/mu.exec(help)?.[1];
  if (guide === undefined || !existsSync(guide)) throw new Error(`xhht --help names a guide not installed: ${guide}`);
  const week = run(xhht, ["week", "2020", "--format", "json"], consumer as string);
  if (JSON.parse(week)[1]?.date !== "2020-10-01") throw new Error(`xhht week printed:\n${week}`);
  run(xhht, ["demo", "-o", "demo-out"], consumer as string);
  const written = readdirSync(inConsumer("demo-out"));
  if (!written.some((file) => file.endsWith(".docx"))) throw new Error(`xhht demo wrote ${written.join(", ")}`);
  return undefined;
});
await step("the installed xhht generates a batch on worker threads", () => {
  const write = `import { writeFileSync } from "node:fs"; import { sampleReport2020 as r } from "@xhht/domain";
writeFileSync("reports.jsonl", [r, { ...r, province: "01" }].map((x) => JSON.stringify(x)).join("\\n"));`;
  run("node", ["--input-type=module", "-e", write], consumer as string);
  const batch = run(
    xhht,
    ["generate", "report", "--batch", "reports.jsonl", "-o", "batch", "--workers", "2"],
    consumer as string,
  );
  const written = readdirSync(inConsumer("batch")).sort().join(", ");
  if (written !== "reports-1.docx, reports-2.docx") throw new Error(`the batch wrote ${written}:\n${batch}`);
  return undefined;
});

// ---- types

/** Every entry point, typed, and a few types used as a consumer would; `attributes` for JSON where TS allows them. */
const typesModule = (style: "esm" | "esm-without-attributes" | "cjs") => {
  const lines = entries.map(({ specifier, kind }, index) => {
    const from = JSON.stringify(specifier);
    if (style === "cjs") return `import entry${index} = require(${from});`;
    if (kind === "js") return `import * as entry${index} from ${from};`;
    return `import entry${index} from ${from}${style === "esm" ? ' with { type: "json" }' : ""};`;
  });
  const uses = entries.map(({ specifier, kind }, index) =>
    kind === "js"
      ? `export const used${index}: object = entry${index};`
      : specifier.endsWith("/package.json")
        ? `export const used${index}: string = entry${index}.name;`
        : `export const used${index}: string = entry${index}.$id;`,
  );
  const imports =
    style === "cjs"
      ? `import calendar = require("@xhht/calendar");
import domain = require("@xhht/domain");
import templates = require("@xhht/templates");
type IsoDate = calendar.IsoDate;
type Directive = domain.Directive;
const { parseIsoDate } = calendar;
const { directive2020 } = domain;
const { renderOfficialLetter } = templates;`
      : `import { type IsoDate, parseIsoDate } from "@xhht/calendar";
import { type Directive, directive2020 } from "@xhht/domain";
import { renderOfficialLetter } from "@xhht/templates";`;
  return `${lines.join("\n")}
${imports}
${uses.join("\n")}
const date: IsoDate = parseIsoDate("2020-10-01");
const directive: Directive = directive2020;
// @ts-expect-error a plain string is not an IsoDate
export const wrong: IsoDate = "2020-10-01";
export const bytes: Promise<Uint8Array> = renderOfficialLetter(directive.letter, { generatedAt: date });
`;
};
writeFileSync(inConsumer("types.mts"), typesModule("esm"));
writeFileSync(inConsumer("types-node16.mts"), typesModule("esm-without-attributes"));
writeFileSync(inConsumer("types.cts"), typesModule("cjs"));

const tsc = join(root, "node_modules", ".bin", "tsc");
// TypeScript allows import attributes from module node18 on, so node16 imports JSON without them.
for (const [module, moduleResolution, files] of [
  ["node16", "node16", ["types-node16.mts", "types.cts"]],
  ["nodenext", "nodenext", ["types.mts", "types.cts"]],
  ["esnext", "bundler", ["types.mts"]],
] as const) {
  await step(`types of every entry point with moduleResolution ${moduleResolution} (${files.join(", ")})`, () =>
    run(
      tsc,
      [
        "--noEmit",
        "--strict",
        "--skipLibCheck",
        "--resolveJsonModule",
        "--module",
        module,
        "--moduleResolution",
        moduleResolution,
        "--target",
        "es2022",
        ...files,
      ],
      consumer as string,
    ),
  );
}

// ---- a browser bundle from the installed tarball, against the budget

const sizes: string[] = [];
await step("browser bundles of the installed @xhht/calendar (esbuild, minified, gzipped)", async () => {
  const whole = await measureBundle(`export * from "@xhht/calendar";`, consumer as string, "browser");
  const one = await measureBundle(`export { formatDateLine } from "@xhht/calendar";`, consumer as string, "browser");
  const { formatDateLine } = (await import(
    `data:text/javascript;base64,${Buffer.from(one.code).toString("base64")}`
  )) as { formatDateLine: (place: string, date: string) => string };
  const line = formatDateLine("Hà Nội", "2020-09-15");
  if (line !== "Hà Nội, ngày 15 tháng 9 năm 2020") throw new Error(`the bundled formatDateLine wrote ${line}`);
  sizes.push(describeSize("whole entry", whole, "calendarEntry"));
  sizes.push(describeSize("formatDateLine alone, tree-shaken", one, "formatDateLine"));
  const over = isOverBudget(whole, "calendarEntry") || isOverBudget(one, "formatDateLine");
  if (over) throw new Error(`over the size budget (test/consumer/sizeBudgets.ts):\n${sizes.join("\n")}`);
  return sizes.join("\n");
});

/** A browser page's one import of the SDK, with its budget and a call that shows the bundle still works. */
interface SingleImport {
  readonly title: string;
  readonly contents: string;
  readonly budget: SizeBudget;
  /** Calls the bundle's export; what went wrong, or `undefined`. */
  readonly check: (module: Record<string, unknown>) => string | undefined;
}

/** What a page that validates a report calls: `validateReport`, and `loadLanguage` before it shows English. */
interface ReportPage {
  readonly validateReport: (input: unknown, options?: { lang?: string }) => { issues: { message: string }[] };
  readonly loadLanguage: (lang: string) => Promise<void>;
}

const singleImports: readonly SingleImport[] = [
  {
    title: "moneyInWords",
    contents: `export { moneyInWords } from "@xhht/domain";`,
    budget: "moneyInWords",
    check: (module) => {
      const words = (module.moneyInWords as (amount: number) => string)(1_001_000);
      return words === "Một triệu không trăm linh một nghìn đồng" ? undefined : `moneyInWords wrote ${words}`;
    },
  },
  {
    // Nothing validateReport reaches imports on demand, so the one esbuild file is what a page loads before it runs.
    title: "validateReport",
    contents: `export { validateReport } from "@xhht/domain";`,
    budget: "validateReport",
    check: (module) => {
      const validateReport = module.validateReport as (input: unknown) => { issues: { message: string }[] };
      const [issue] = validateReport({}).issues;
      return issue?.message === "Thiếu trường bắt buộc." ? undefined : `validateReport({}) said ${issue?.message}`;
    },
  },
  {
    title: "lintDocx from @xhht/templates/lint",
    contents: `export { lintDocx } from "@xhht/templates/lint";`,
    budget: "lintDocx",
    check: (module) => {
      const lintDocx = module.lintDocx as (bytes: Uint8Array) => {
        ok: boolean;
        value: unknown;
        issues: { message: string }[];
      };
      const { ok, value, issues } = lintDocx(new TextEncoder().encode("no .docx"));
      if (ok || value !== undefined || issues.length === 0) return "lintDocx accepted a file that is no .docx";
      const [{ message } = { message: "" }] = issues;
      return message.startsWith("Không đọc được tệp") ? undefined : `lintDocx said ${message}, not in Vietnamese`;
    },
  },
  {
    title: "renderOfficialLetter from @xhht/templates",
    contents: `export { renderOfficialLetter } from "@xhht/templates";`,
    budget: "renderOfficialLetter",
    check: (module) =>
      typeof module.renderOfficialLetter === "function" ? undefined : "the bundle exports no renderOfficialLetter",
  },
];

await step("browser bundles of single imports (esbuild and Vite, minified, gzipped)", async () => {
  const lines: string[] = [];
  let over = false;
  for (const { title, contents, budget, check } of singleImports) {
    for (const [bundler, size] of [
      ["esbuild", await measureBundle(contents, consumer as string, "browser")],
      ["Vite", await measureViteBundle(contents, consumer as string)],
    ] as const) {
      const url = `data:text/javascript;base64,${Buffer.from(size.code).toString("base64")}`;
      const failure = check((await import(url)) as Record<string, unknown>);
      if (failure !== undefined) throw new Error(`the ${bundler} bundle of ${title}: ${failure}`);
      over ||= isOverBudget(size, budget);
      lines.push(describeSize(`${title} (${bundler})`, size, budget));
    }
  }
  if (over) throw new Error(`over the size budget (test/consumer/sizeBudgets.ts):\n${lines.join("\n")}`);
  return lines.join("\n");
});

/** Where `page`'s bundle falls short of speaking Vietnamese at once and English on demand; `undefined` when it does not. */
const speaksOnDemand = async (
  page: ReportPage,
  sample: Readonly<Record<string, unknown>>,
): Promise<string | undefined> => {
  const blank = { ...sample, subject: "" };
  const [vi] = page.validateReport(blank).issues;
  if (vi?.message !== "Không được để trống.") return `the Vietnamese message out of the box is ${vi?.message}`;
  let before: unknown;
  try {
    page.validateReport(blank, { lang: "en" });
  } catch (error) {
    before = error;
  }
  const { code, message } = (before ?? {}) as { code?: unknown; message?: unknown };
  if (code !== "domain.language-not-loaded" || !String(message).includes('await loadLanguage("en")')) {
    return `English before loadLanguage gave ${before === undefined ? "no error" : `${String(code)}: ${String(message)}`}`;
  }
  await page.loadLanguage("en");
  const [en] = page.validateReport(blank, { lang: "en" }).issues;
  return en?.message === "Must not be blank." ? undefined : `the English message after loadLanguage is ${en?.message}`;
};

// Issue 16: a page that validates a report loads at most 45 KB gzipped before validateReport runs. What is measured is
// the entry and the chunks it imports statically; the chunks `loadLanguage` fetches (English, the rest of Vietnamese)
// are listed apart, not counted. Vite's split is held to the budget, as is its bundle of validateReport alone and
// esbuild's (single imports, above). esbuild's split is printed, not held to it: its code splitting moves every module
// the main entry re-exports that a dynamic import also reaches (`messages`, `messagesEn`…) into chunks the page
// imports at once, used or not (evanw/esbuild#3704). The sample report comes from the installed package in Node, so
// that the page's bundle holds only what a page would import.
await step("browser bundles of validateReport, English loaded on demand (esbuild and Vite, code-split)", async () => {
  const contents = `export { validateReport, loadLanguage } from "@xhht/domain";`;
  const { sampleReport2020 } = createRequire(inConsumer("package.json"))("@xhht/domain") as {
    sampleReport2020: Readonly<Record<string, unknown>>;
  };
  const lines: string[] = [];
  let over = false;
  for (const [bundler, split] of [
    ["esbuild", splitEsbuildBundle],
    ["Vite", splitViteBundle],
  ] as const) {
    const outDir = mkdtempSync(join(consumer as string, `.split-${bundler}-`));
    try {
      const bundle: SplitBundle = await split(contents, consumer as string, outDir);
      const page = (await import(pathToFileURL(bundle.entry).href)) as ReportPage;
      const failure = await speaksOnDemand(page, sampleReport2020);
      if (failure !== undefined) throw new Error(`the ${bundler} bundle of validateReport: ${failure}`);
      const later = bundle.onDemand.map(({ file, gzipped }) => `${file} ${(gzipped / 1024).toFixed(1)} KB`).join(", ");
      const title = `validateReport and loadLanguage (${bundler}), before it runs`;
      if (bundler === "Vite") over ||= isOverBudget(bundle.initial, "validateReport");
      lines.push(
        `${bundler === "Vite" ? describeSize(title, bundle.initial, "validateReport") : `${title}: ${(bundle.initial.gzipped / 1024).toFixed(2)} KB gzipped (not a budget, evanw/esbuild#3704)`}; on demand: ${later || "nothing"}`,
      );
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }
  if (over) throw new Error(`over the size budget (test/consumer/sizeBudgets.ts):\n${lines.join("\n")}`);
  return lines.join("\n");
});

rmSync(consumer, { recursive: true, force: true });
console.log(
  `✔ ${packages.length} packages packed, linted and installed; ${entries.length} entry points imported, required and typed`,
);
