// Type-checks and runs every TypeScript example of the getting-started guides (English and Vietnamese) as a reader
// would paste it: as a module of its own, importing the published package names. A line `expression; // → value`
// (or `expression;` followed by a line `// → value`) must give `value` (deep equality).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it, vi } from "vitest";
import { assertionCheck, instrumentAssertions, tsBlocks } from "./docExamples.ts";

const root = resolve(import.meta.dirname, "..");
const guides = ["docs/getting-started.md", "docs/getting-started.vi.md"] as const;
const workDir = join(root, ".tmp", `getting-started-${process.pid}`);

type Block = { guide: string; line: number; code: string; file: string };

const blocks: Block[] = guides.flatMap((guide) => {
  const markdown = readFileSync(join(root, guide), "utf8");
  return tsBlocks(markdown).map(({ code, line }) => {
    const name = `${guide
      .replace(/^docs\//, "")
      .replace(/\.md$/, "")
      .replaceAll(".", "-")}-${line}`;
    return { guide, line, code, file: join(workDir, `${name}.ts`) };
  });
});

const compilerOptions = (): ts.CompilerOptions => {
  const base = ts.readConfigFile(join(root, "tsconfig.base.json"), (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(
    { ...base.config, compilerOptions: { ...base.config.compilerOptions, types: ["node"] }, files: [] },
    ts.sys,
    root,
  );
  return parsed.options;
};

mkdirSync(workDir, { recursive: true });
for (const block of blocks) writeFileSync(block.file, block.code);
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe("the getting-started guides", () => {
  it("have examples in both languages, and link to each other", () => {
    for (const guide of guides)
      expect(blocks.filter((block) => block.guide === guide).length).toBeGreaterThanOrEqual(3);
    expect(readFileSync(join(root, guides[0]), "utf8")).toContain("](getting-started.vi.md)");
    expect(readFileSync(join(root, guides[1]), "utf8")).toContain("](getting-started.md)");
  });

  it("type-check as written under the SDK's strict settings", () => {
    const program = ts.createProgram(
      blocks.map((block) => block.file),
      compilerOptions(),
    );
    const problems = blocks.flatMap((block) =>
      ts.getPreEmitDiagnostics(program, program.getSourceFile(block.file)).map((diagnostic) => {
        const position =
          diagnostic.file && diagnostic.start !== undefined
            ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start)
            : undefined;
        const where = position ? `${block.guide}:${block.line + position.line}` : block.guide;
        return `${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
      }),
    );
    expect(problems).toEqual([]);
  }, 120_000);

  it.each(blocks.map((block) => [`${block.guide}:${block.line}`, block] as const))(
    "runs the example at %s as written",
    async (_, block) => {
      const { code, assertions } = instrumentAssertions(block, block.guide, "__xhhtCheck", { below: true });
      expect(assertions).toBeGreaterThan(0);
      const file = block.file.replace(/\.ts$/, ".checked.ts");
      writeFileSync(file, code);
      const globals = globalThis as { __xhhtCheck?: unknown };
      globals.__xhhtCheck = assertionCheck("XhhtError");
      const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
      try {
        await import(/* @vite-ignore */ pathToFileURL(file).href);
      } finally {
        log.mockRestore();
        delete globals.__xhhtCheck;
      }
    },
    60_000,
  );
});
