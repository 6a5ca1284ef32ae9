// The size budgets of the SDK in a browser and how a bundle is measured against them, in one place for both checks:
// scripts/check-size.ts (the workspace build of @xhht/calendar) and test/consumer/checkPackages.ts (the installed
// tarballs, with esbuild and with Vite).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Platform } from "esbuild";
import { build as viteBuild } from "vite";

/** Gzipped bytes (level 9) of a minified esbuild bundle. */
export const sizeBudgets = {
  /** `export * from "@xhht/calendar"`: everything the entry holds. */
  calendarEntry: 15 * 1024,
  /** `export { formatDateLine } from "@xhht/calendar"`, tree-shaken: what a page that only writes date lines pays. */
  formatDateLine: 2 * 1024,
  /** `export { moneyInWords } from "@xhht/domain"`: a page that writes an amount in words and validates nothing. */
  moneyInWords: 5 * 1024,
  /**
   * `export { validateReport } from "@xhht/domain"` (issue 16): a page that validates a report and shows its issues in
   * Vietnamese, what it loads before validateReport runs; English and the rest of Vietnamese come later, on demand.
   */
  validateReport: 45 * 1024,
  /** `export { lintDocx } from "@xhht/templates/lint"`: a page that checks a .docx and writes none. */
  lintDocx: 60 * 1024,
  /** `export { renderOfficialLetter } from "@xhht/templates"`: a page that writes the Ministry's letter as a .docx. */
  renderOfficialLetter: 130 * 1024,
} as const;

export type SizeBudget = keyof typeof sizeBudgets;

export interface BundleSize {
  readonly code: Uint8Array;
  readonly minified: number;
  readonly gzipped: number;
}

/** Bundles `contents` (an ES module resolved from `resolveDir`) with esbuild, minified, and measures it. */
export const measureBundle = async (contents: string, resolveDir: string, platform: Platform): Promise<BundleSize> => {
  const result = await build({
    stdin: { contents, resolveDir, loader: "js" },
    bundle: true,
    minify: true,
    platform,
    format: "esm",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { code, minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
};

/** The files an entry loads at once: itself and the chunks it imports statically, transitively. */
const initialFiles = (entry: string, staticImports: (file: string) => readonly string[]): string[] => {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const other of staticImports(file)) visit(other);
  };
  visit(entry);
  return [...seen];
};

/**
 * Builds `contents` (an ES module resolved from `resolveDir`) with Vite as a library (its one entry, ES format,
 * minified, for the browser) and gives its chunks; written into `outDir` when one is given.
 */
const viteChunks = async (contents: string, resolveDir: string, outDir?: string) => {
  const root = mkdtempSync(join(resolveDir, ".size-"));
  try {
    const entry = join(root, "entry.js");
    writeFileSync(entry, contents);
    const result = await viteBuild({
      root,
      configFile: false,
      logLevel: "silent",
      build: {
        ...(outDir === undefined ? { write: false } : { outDir, emptyOutDir: true }),
        minify: true,
        lib: { entry, formats: ["es"], fileName: "entry" },
      },
    });
    return (Array.isArray(result) ? result : [result])
      .flatMap((bundle) => ("output" in bundle ? bundle.output : []))
      .flatMap((chunk) => (chunk.type === "chunk" ? [chunk] : []));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
};

/**
 * Bundles `contents` (an ES module resolved from `resolveDir`) with Vite as a library (its one entry, ES format,
 * minified, for the browser), and measures what an app built with Vite pays for the same import before it runs: the
 * entry chunk and the chunks it imports statically. A chunk loaded on demand (a dynamic `import()`, such as
 * `loadLanguage`'s) is not counted: a page fetches it only when it calls for it.
 */
export const measureViteBundle = async (contents: string, resolveDir: string): Promise<BundleSize> => {
  const chunks = await viteChunks(contents, resolveDir);
  const chunkOf = (file: string) => chunks.find((chunk) => chunk.fileName === file);
  const initial = initialFiles(
    chunks.find((chunk) => chunk.isEntry)?.fileName ?? "",
    (file) => chunkOf(file)?.imports ?? [],
  );
  const code = new TextEncoder().encode(initial.map((file) => chunkOf(file)?.code ?? "").join("\n"));
  return { code, minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
};

/**
 * A code-split bundle written to disk: its entry (to import and call), what a page loads before it runs (the entry and
 * the chunks it imports statically), and the chunks it loads on demand, each measured as one gzipped file.
 */
export interface SplitBundle {
  readonly entry: string;
  readonly initial: BundleSize;
  readonly onDemand: readonly { readonly file: string; readonly gzipped: number }[];
}

const splitBundleOf = (
  dir: string,
  entry: string,
  all: readonly string[],
  staticImports: (file: string) => readonly string[],
) => {
  const initial = initialFiles(entry, staticImports);
  const code = new TextEncoder().encode(initial.map((file) => readFileSync(join(dir, file), "utf8")).join("\n"));
  const gzipped = initial.reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file)), { level: 9 }).length, 0);
  return {
    entry: join(dir, entry),
    initial: { code, minified: code.length, gzipped },
    onDemand: all
      .filter((file) => !initial.includes(file))
      .map((file) => ({ file, gzipped: gzipSync(readFileSync(join(dir, file)), { level: 9 }).length })),
  };
};

/**
 * Bundles `contents` with esbuild for the browser, split into chunks (`import()` becomes a chunk of its own), into
 * `outDir`; the caller removes it.
 */
export const splitEsbuildBundle = async (
  contents: string,
  resolveDir: string,
  outDir: string,
): Promise<SplitBundle> => {
  const { metafile } = await build({
    stdin: { contents, resolveDir, loader: "js", sourcefile: "entry.js" },
    bundle: true,
    splitting: true,
    minify: true,
    platform: "browser",
    format: "esm",
    outdir: outDir,
    metafile: true,
    logLevel: "silent",
  });
  const outputs = Object.entries(metafile.outputs).map(([file, output]) => [resolve(file), output] as const);
  const name = (file: string) => file.slice(resolve(outDir).length + 1);
  const entry = outputs.find(([, output]) => output.entryPoint !== undefined)?.[0] ?? "";
  return splitBundleOf(
    outDir,
    name(entry),
    outputs.map(([file]) => name(file)),
    (file) =>
      (outputs.find(([path]) => name(path) === file)?.[1].imports ?? [])
        .filter((imported) => imported.kind === "import-statement" && !imported.external)
        .map((imported) => name(resolve(imported.path))),
  );
};

/** Bundles `contents` with Vite as a library (ES, minified, for the browser) into `outDir`, split as Vite splits it. */
export const splitViteBundle = async (contents: string, resolveDir: string, outDir: string): Promise<SplitBundle> => {
  const chunks = await viteChunks(contents, resolveDir, outDir);
  return splitBundleOf(
    outDir,
    chunks.find((chunk) => chunk.isEntry)?.fileName ?? "",
    chunks.map((chunk) => chunk.fileName),
    (file) => chunks.find((chunk) => chunk.fileName === file)?.imports ?? [],
  );
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

/** One line: the size against its budget, marked ✔ or ✖. */
export const describeSize = (title: string, size: BundleSize, budget: SizeBudget): string =>
  `${isOverBudget(size, budget) ? "✖" : "✔"} ${title}: ${kb(size.gzipped)} gzipped (${size.gzipped} bytes; ` +
  `${kb(size.minified)} minified), budget ${kb(sizeBudgets[budget])}`;

export const isOverBudget = (size: BundleSize, budget: SizeBudget): boolean => size.gzipped > sizeBudgets[budget];
