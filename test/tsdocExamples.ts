// The @example blocks of the packages' TSDoc, collected with the TypeScript compiler from each entry point of each
// package (the main ones and `@xhht/calendar/sources`, `@xhht/domain/communes`, …), and what the test of them needs:
// the names each example uses from the entries, and its checks.
import { resolve } from "node:path";
import ts from "typescript";

/** The entry points whose exports carry examples, by the name after `@xhht/`, with their source files. */
export const exampleEntries = {
  core: "packages/core/src/index.ts",
  calendar: "packages/calendar/src/index.ts",
  "calendar/sources": "packages/calendar/src/sources/index.ts",
  domain: "packages/domain/src/index.ts",
  "domain/communes": "packages/domain/src/communes.ts",
  "domain/districts": "packages/domain/src/districts.ts",
  "domain/csv": "packages/domain/src/csv.ts",
  templates: "packages/templates/src/index.ts",
  cli: "packages/cli/src/index.ts",
} as const;

/** The main entries: a package each. */
export const examplePackages = ["core", "calendar", "domain", "templates", "cli"] as const;

type EntryName = keyof typeof exampleEntries;
const entryNames = Object.keys(exampleEntries) as EntryName[];

/** One @example of one export. */
export interface TsdocExample {
  /** The entry, as imported after `@xhht/`: «domain», «domain/communes». */
  readonly packageName: EntryName;
  readonly exportName: string;
  /** Its position among the export's examples, from 1. */
  readonly index: number;
  readonly code: string;
}

/** An export of a package: its name and whether it is a value (or a type only). */
export interface PackageExport {
  readonly packageName: EntryName;
  readonly name: string;
  readonly isValue: boolean;
}

const root = resolve(import.meta.dirname, "..");

const fenced = (text: string): string => {
  const match = /```(?:ts|typescript)?\n([\s\S]*?)```/.exec(text);
  return (match ? (match[1] as string) : text).replace(/\n$/, "");
};

/** Every export of the packages with the @example blocks of its declaration. */
export const collectExamples = (): { examples: TsdocExample[]; exports: PackageExport[] } => {
  const entries = entryNames.map((name) => resolve(root, exampleEntries[name]));
  const program = ts.createProgram(entries, {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    customConditions: ["@xhht/source"],
    allowImportingTsExtensions: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
  });
  const checker = program.getTypeChecker();
  const examples: TsdocExample[] = [];
  const exports: PackageExport[] = [];
  entryNames.forEach((packageName, at) => {
    const source = program.getSourceFile(entries[at] as string);
    const module = source && checker.getSymbolAtLocation(source);
    if (module === undefined) throw new Error(`cannot read the exports of ${exampleEntries[packageName]}`);
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      exports.push({ packageName, name: exported.name, isValue: (symbol.flags & ts.SymbolFlags.Value) !== 0 });
      symbol
        .getJsDocTags(checker)
        .filter((tag) => tag.name === "example")
        .forEach((tag, index) => {
          const code = fenced(ts.displayPartsToString(tag.text));
          examples.push({ packageName, exportName: exported.name, index: index + 1, code });
        });
    }
  });
  return { examples, exports };
};

const importLine = /^import\s[\s\S]*?from\s+["'][^"']+["'];?\s*$/gm;
const sideEffectImport = /^import\s+["'][^"']+["'];?\s*$/gm;

/** An example split into its own import lines and the rest. */
export const splitImports = (code: string): { imports: string[]; body: string } => {
  const imports = [...code.matchAll(importLine), ...code.matchAll(sideEffectImport)].map((m) => m[0].trim());
  const body = code.replace(importLine, "").replace(sideEffectImport, "");
  return { imports, body };
};

const importedNames = (imports: readonly string[]): Set<string> =>
  new Set(
    imports.flatMap((line) => {
      const names = /\{([^}]*)\}/.exec(line)?.[1] ?? "";
      const star = /\*\s+as\s+(\w+)/.exec(line)?.[1];
      const plain = /^import\s+(?:type\s+)?(\w+)\s*(?:,|from)/.exec(line)?.[1];
      return [
        ...names
          .split(",")
          .map((part) => part.trim().replace(/^type\s+/, ""))
          .map((part) => part.split(/\s+as\s+/).at(-1) ?? "")
          .filter(Boolean),
        ...(star ? [star] : []),
        ...(plain ? [plain] : []),
      ];
    }),
  );

/** Node's functions examples use without importing them, with their module. */
export const nodeGlobals: Readonly<Record<string, string>> = {
  writeFile: "node:fs/promises",
  readFile: "node:fs/promises",
  writeFileSync: "node:fs",
  readFileSync: "node:fs",
};

/**
 * The import lines an example needs for the package names it uses without importing them: its own package first,
 * then the others, then Node's file functions.
 */
export const missingImports = (example: TsdocExample, exports: readonly PackageExport[]): string[] => {
  const { imports, body } = splitImports(example.code);
  const have = importedNames(imports);
  const declared = new Set(
    [...body.matchAll(/\b(?:const|let|var|function|class|type|interface)\s+(\w+)/g)].map((m) => m[1] as string),
  );
  const uses = (name: string) => !have.has(name) && !declared.has(name) && new RegExp(`\\b${name}\\b`).test(body);
  const byName = new Map<string, PackageExport>();
  const ordered = [...exports].sort(
    (a, b) => Number(b.packageName === example.packageName) - Number(a.packageName === example.packageName),
  );
  for (const entry of ordered) if (!byName.has(entry.name) && uses(entry.name)) byName.set(entry.name, entry);
  const lines = entryNames.flatMap((packageName) => {
    const names = [...byName.values()].filter((entry) => entry.packageName === packageName);
    if (names.length === 0) return [];
    const list = names.map((entry) => (entry.isValue ? entry.name : `type ${entry.name}`)).join(", ");
    return [`import { ${list} } from "@xhht/${packageName}";`];
  });
  for (const [name, module] of Object.entries(nodeGlobals)) {
    if (uses(name)) lines.push(`import { ${name} } from "${module}";`);
  }
  return lines;
};

/** Whether `code` closes every bracket it opens (outside strings): a whole statement on one line. */
const balanced = (code: string): boolean => {
  let depth = 0;
  for (const char of code.replace(/"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|`(?:\\.|[^`\\])*`/g, "")) {
    if ("([{".includes(char)) depth++;
    else if (")]}".includes(char) && --depth < 0) return false;
  }
  return depth === 0;
};

const checkedLine = /^(\s*)(.+?);\s*\/\/\s*(.+?)\s*$/;
const commentLine = /^\s*\/\/\s*(.+?)\s*$/;
const plainStatement = /^(\s*)(.+?);\s*$/;
const declaration = /^(?:const|let|var)\s+(\w+)(?:\s*:[^=]+)?\s*=/;
const notAnExpression = /^(?:if|for|while|do|try|switch|throw|return|import|export|type|interface|class|function)\b/;

/** The value `text` spells when it is a JavaScript literal (evaluated, no free names), else `undefined`. */
const literalValue = (text: string): { value: unknown } | undefined => {
  if (!/^(?:["'`[{\d-]|true\b|false\b|null\b|undefined\b)/.test(text)) return undefined;
  try {
    return { value: new Function(`"use strict"; return (${text});`)() };
  } catch {
    return undefined;
  }
};

/**
 * What a comment after an example's statement says it gives: a value (the longest leading literal, prose after it
 * such as «4 (Thursday)» or «"2025-04-07": Giỗ Tổ» left out), a throw (`throws calendar.invalid-date`, with the code
 * when it names one), or nothing checkable.
 */
export const expectation = (
  comment: string,
): { kind: "value"; source: string } | { kind: "throws"; code: string } | undefined => {
  const thrown = /^throws\b(?:[:\s]+(?:\w*Error[:\s]*)?)?([a-z]+(?:\.[a-z][\w-]*)+)?/.exec(comment);
  if (thrown) return { kind: "throws", code: thrown[1] ?? "" };
  const cuts = [comment.length, ...[...comment.matchAll(/[:;,]\s|\s[(—-]|\s\/\//g)].map((m) => m.index)];
  for (const cut of cuts.sort((a, b) => b - a)) {
    const source = comment.slice(0, cut).trim();
    if (source !== "" && literalValue(source) !== undefined) return { kind: "value", source };
  }
  return undefined;
};

/**
 * The example's body with its checkable lines turned into checks: `expression; // value` and `expression;` followed
 * by a line `// value` become `await check(async () => (expression), () => (value), "where")`, a declaration
 * followed by such a line checks the declared name, `console.log(x); // value` checks `x`, and
 * `expression; // throws code` becomes `await throws(async () => (expression), "code", "where")`. Returns how many.
 */
export const instrumentValues = (
  body: string,
  callees: { readonly check: string; readonly throws: string },
  where: string,
): { code: string; checks: number } => {
  let checks = 0;
  const lines = body.split("\n");
  const out: string[] = [];
  const checkOf = (indent: string, expression: string, comment: string, line: number): string | undefined => {
    const expected = expectation(comment);
    const at = JSON.stringify(`${where}, line ${line}`);
    const target = /^console\.log\((.+)\)$/.exec(expression)?.[1] ?? expression;
    if (expected === undefined || notAnExpression.test(target) || !balanced(target)) return undefined;
    checks++;
    return expected.kind === "throws"
      ? `${indent}await ${callees.throws}(async () => (${target}), ${JSON.stringify(expected.code)}, ${at});`
      : `${indent}await ${callees.check}(async () => (${target}), () => (${expected.source}), ${at});`;
  };
  lines.forEach((text, index) => {
    const inline = checkedLine.exec(text);
    if (inline && !declaration.test((inline[2] as string).trim())) {
      const check = checkOf(inline[1] as string, (inline[2] as string).trim(), inline[3] as string, index + 1);
      out.push(check ?? text);
      return;
    }
    const below = commentLine.exec(text);
    const previous = plainStatement.exec(lines[index - 1] ?? "");
    if (below && previous) {
      const statement = (previous[2] as string).trim();
      const declared = declaration.exec(statement)?.[1];
      const check = checkOf(previous[1] as string, declared ?? statement, below[1] as string, index + 1);
      if (check !== undefined && declared === undefined) {
        out[out.length - 1] = check;
        out.push(text);
        return;
      }
      if (check !== undefined) {
        out.push(text, check);
        return;
      }
    }
    out.push(text);
  });
  return { code: out.join("\n"), checks };
};
