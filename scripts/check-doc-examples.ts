// Type-checks and runs every example of the guides as a reader would paste it: each ```ts, ```tsx or ```js block of
// README.md, docs/*.md (docs/rules.md and docs/api/ are generated) and packages/*/README.md is a module of its own in
// a folder of .tmp/ whose node_modules holds what a reader installs (the @xhht packages, run from their TypeScript
// source, and the packages the examples import, as the workspace has them). One TypeScript program checks them all
// under the SDK's strict settings with @types/node (a ```ts browser block with the DOM's types instead); then each is
// imported in turn, in this process, from a folder of its own holding the files the guides' examples read
// (`cong-van.docx`, a letter to lint): it must settle without an error and leave
// `process.exitCode` unset or 0. A ```ts no-run: <why> block is type-checked only. Fails with file:line for each.
// A line `expression; // → value` (or `expression;` above a line `// → value`) must give `value`, or, for
// `// → throws <code>`, throw an error with that code. ```sh blocks are not run (they install from npm, and the
// CLI's own tests run its commands), but every `xhht <command>` in them must be one `xhht --help` lists. The JSON Schemas an example imports are written by
// `pnpm build`, which `pnpm test` runs first.
//
// Run: tsx --conditions=@xhht/source scripts/check-doc-examples.ts [--keep] [files…]
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { format, inspect, isDeepStrictEqual } from "node:util";
import ts from "typescript";
import {
  type ExampleBlock,
  exampleBlocks,
  fencedBlocks,
  instrumentChecks,
  printedLines,
  shellLanguages,
  xhhtCommands,
} from "./doc-code-blocks.ts";

const root = join(import.meta.dirname, "..");
const args = process.argv.slice(2);
const keep = args.includes("--keep");
const started = performance.now();

const guides = (): string[] => {
  const markdownIn = (dir: string) =>
    readdirSync(join(root, dir))
      .filter((name) => name.endsWith(".md"))
      .map((name) => (dir === "." ? name : `${dir}/${name}`));
  const packageReadmes = readdirSync(join(root, "packages"))
    .map((name) => `packages/${name}/README.md`)
    .filter((file) => existsSync(join(root, file)));
  return ["README.md", ...markdownIn("docs").filter((file) => file !== "docs/rules.md"), ...packageReadmes];
};

if (!existsSync(join(root, "packages/domain/schemas/provincial-report.json"))) {
  console.error("packages/domain/schemas/ is missing: run `pnpm build` first (the examples import the JSON Schemas)");
  process.exit(1);
}

const named = args.filter((arg) => !arg.startsWith("--"));
const files = named.length > 0 ? named : guides();

type Example = ExampleBlock & { readonly guide: string; readonly path: string };

const workDir = join(root, ".tmp", `doc-examples-${process.pid}`);
const problems: string[] = [];
const examples: Example[] = files.flatMap((guide) => {
  const found = exampleBlocks(readFileSync(join(root, guide), "utf8"));
  for (const { line, problem } of found.problems) problems.push(`${guide}:${line}: ${problem}`);
  return found.examples.map((block) => {
    const name = `${guide.replace(/\.md$/, "").replace(/[^\w]+/g, "-")}-${block.line}`;
    return { ...block, guide, path: join(workDir, `${name}.${block.extension}`) };
  });
});

// What the examples import besides Node's modules and the @xhht packages, linked from where the workspace has it.
const imported = (code: string): string[] =>
  [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"'./][^"']*)["']/g)].map((match) => {
    const parts = (match[1] as string).split("/");
    return (parts[0]?.startsWith("@") ? parts.slice(0, 2) : parts.slice(0, 1)).join("/");
  });
const builtins = new Set(builtinModules);
const packageDirs = readdirSync(join(root, "packages")).map((name) => join(root, "packages", name));
const linkTargets = new Map<string, string>(
  packageDirs.map((dir) => [JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).name as string, dir]),
);
for (const name of new Set(examples.flatMap((example) => imported(example.code)))) {
  if (name.startsWith("node:") || builtins.has(name) || linkTargets.has(name)) continue;
  const found = [root, ...packageDirs].map((dir) => join(dir, "node_modules", name)).find((dir) => existsSync(dir));
  if (found === undefined) problems.push(`the examples import ${name}, which no package of the workspace has`);
  else linkTargets.set(name, found);
}

mkdirSync(workDir, { recursive: true });
writeFileSync(join(workDir, "package.json"), JSON.stringify({ type: "module", private: true }));
for (const [name, target] of linkTargets) {
  const link = join(workDir, "node_modules", name);
  mkdirSync(dirname(link), { recursive: true });
  symlinkSync(target, link, "dir");
}
for (const example of examples) writeFileSync(example.path, example.code);

const where = (example: Example, offset = 0) => `${example.guide}:${example.line + offset}`;

const compilerOptions = (lib: "node" | "browser"): ts.CompilerOptions => {
  const base = ts.readConfigFile(join(root, "tsconfig.base.json"), (path) => ts.sys.readFile(path));
  const options = {
    ...base.config.compilerOptions,
    types: lib === "node" ? ["node"] : [],
    lib: lib === "node" ? base.config.compilerOptions.lib : [...base.config.compilerOptions.lib, "DOM", "DOM.Iterable"],
    typeRoots: [join(root, "node_modules/@types")],
    moduleDetection: "force",
    allowJs: true,
    checkJs: true,
    jsx: "react-jsx",
  };
  return ts.parseJsonConfigFileContent({ compilerOptions: options, files: [] }, ts.sys, workDir).options;
};

for (const lib of ["node", "browser"] as const) {
  const checked = examples.filter((example) => (example.mode === "browser") === (lib === "browser"));
  if (checked.length === 0) continue;
  const program = ts.createProgram(
    checked.map((example) => example.path),
    compilerOptions(lib),
  );
  for (const example of checked) {
    for (const diagnostic of ts.getPreEmitDiagnostics(program, program.getSourceFile(example.path))) {
      const line =
        diagnostic.file && diagnostic.start !== undefined
          ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line
          : 0;
      problems.push(`${where(example, line)}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n  ")}`);
    }
  }
}

const checkedAt = performance.now();

// The file the examples read, in the folder each runs from: a letter to lint.
const { directive2020 } = await import("@xhht/domain");
const { renderOfficialLetter } = await import("@xhht/templates");
const fixtures: Readonly<Record<string, Uint8Array>> = {
  "cong-van.docx": await renderOfficialLetter(directive2020.letter),
};

const runDir = join(workDir, "run");
const home = process.cwd();
const output: string[] = [];
const capture = (...parts: unknown[]) => {
  output.push(format(...parts));
};
const originals = {
  log: console.log,
  info: console.info,
  warn: console.warn,
  error: console.error,
  stdout: process.stdout.write.bind(process.stdout),
  stderr: process.stderr.write.bind(process.stderr),
};
const silence = (on: boolean) => {
  const writer = ((chunk: string | Uint8Array) => {
    output.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString());
    return true;
  }) as typeof process.stdout.write;
  console.log = on ? capture : originals.log;
  console.info = on ? capture : originals.info;
  console.warn = on ? capture : originals.warn;
  console.error = on ? capture : originals.error;
  process.stdout.write = on ? writer : originals.stdout;
  process.stderr.write = on ? writer : originals.stderr;
};

/** The guide's line an error was thrown from, when its stack names the example's file. */
const thrownAt = (example: Example, error: unknown): string => {
  const stack = error instanceof Error ? (error.stack ?? "") : "";
  const path = example.path.replace(/(\.\w+)$/, ".run$1");
  const at = new RegExp(`(?:${pathToFileURL(path).href}|${path}):(\\d+)`).exec(stack);
  return at ? where(example, Number(at[1]) - 1) : where(example);
};

/** What a line `expression; // → expected` of `example` becomes: a check that it gives `expected`, or throws an error with the `code`. */
const checkOf =
  (example: Example) =>
  (actual: () => unknown, expected: string, index: number): void => {
    const at = where(example, index);
    const thrown = /^throws ([\w.-]+)$/.exec(expected);
    let value: unknown;
    try {
      value = actual();
    } catch (error) {
      const code = (error as { code?: unknown } | undefined)?.code;
      if (thrown?.[1] !== code) problems.push(`${at}: throws ${inspect(error)}, expected ${expected}`);
      return;
    }
    if (thrown) problems.push(`${at}: gives ${inspect(value)}, expected to throw ${thrown[1]}`);
    else if (!isDeepStrictEqual(value, new Function(`return (${expected});`)()))
      problems.push(`${at}: gives ${inspect(value, { depth: 4 })}, not ${expected}`);
  };
const checkName = "__xhhtDocCheck";
const globals = globalThis as { [checkName]?: ReturnType<typeof checkOf> };

let ran = 0;
let checks = 0;
let printed = 0;
for (const example of examples.filter((block) => block.mode === "run")) {
  const dir = join(runDir, relative(workDir, example.path).replace(/\.\w+$/, ""));
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(fixtures)) writeFileSync(join(dir, name), content);
  const instrumented = instrumentChecks(example.code, checkName);
  const runPath = example.path.replace(/(\.\w+)$/, ".run$1");
  writeFileSync(runPath, instrumented.code);
  checks += instrumented.checks;
  globals[checkName] = checkOf(example);
  output.length = 0;
  process.exitCode = undefined;
  process.chdir(dir);
  silence(true);
  try {
    await import(pathToFileURL(runPath).href);
    const shown = output.flatMap((chunk) => chunk.split("\n"));
    let found = 0;
    const said = printedLines(example.code);
    printed += said.length;
    for (const text of shown) if (text === said[found]?.text) found++;
    const unsaid = said[found];
    if (unsaid !== undefined) {
      problems.push(
        `${where(example, unsaid.line)}: does not print «${unsaid.text}»; it prints:\n  ${shown.join("\n  ")}`,
      );
    }
    if (process.exitCode !== undefined && process.exitCode !== 0) {
      problems.push(`${where(example)}: left process.exitCode ${process.exitCode}\n  ${output.join("").trim()}`);
    }
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    problems.push(`${thrownAt(example, error)}: ${message}`);
  } finally {
    silence(false);
    process.chdir(home);
    process.exitCode = undefined;
    delete globals[checkName];
  }
  ran++;
}

// Shell blocks are not run, but each `xhht <command>` they show must be a command of `xhht --help`.
const { runCli } = await import("@xhht/cli");
output.length = 0;
silence(true);
await runCli(["--lang", "en", "--help"]).finally(() => silence(false));
const help = output.join("");
const commands = new Set(
  [...help.slice(help.indexOf("\nCommands:")).matchAll(/^ {2}([a-z][\w-]*)/gm)].map((match) => match[1] as string),
);
let shellCommands = 0;
for (const guide of files) {
  for (const block of fencedBlocks(readFileSync(join(root, guide), "utf8"))) {
    if (!shellLanguages.has(block.info.split(/\s+/)[0] ?? "")) continue;
    for (const { command, line } of xhhtCommands(block.code)) {
      shellCommands++;
      if (!commands.has(command)) problems.push(`${guide}:${block.line + line}: xhht has no command «${command}»`);
    }
  }
}
if (commands.size === 0) problems.push("could not read the commands of xhht --help");

if (!keep) rmSync(workDir, { recursive: true, force: true });
const seconds = (from: number, to = performance.now()) => ((to - from) / 1000).toFixed(1);
const notRun = examples.filter((example) => example.mode !== "run");
if (problems.length > 0) {
  console.error(`${problems.length} problems in the guides' examples:\n${problems.join("\n")}`);
  process.exit(1);
}
console.log(
  `${examples.length} examples in ${files.length} guides type-check; ${ran} run as written (${checks} values and ${printed} printed lines checked), ${shellCommands} xhht commands of shell blocks exist, ${notRun.length} not run${notRun
    .map((example) => ` (${where(example)}: ${example.mode === "browser" ? "browser" : example.reason})`)
    .join("")} in ${seconds(started)} s (type-check ${seconds(started, checkedAt)} s)`,
);
