// The size budgets of the SDK in a browser and how a bundle is measured against them, in one place for both checks:
// scripts/check-size.ts (the workspace build of @xhht/calendar) and test/consumer/checkPackages.ts (the installed
// tarballs, with esbuild and with Vite).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
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
  /** `export { lintDocx } from "@xhht/templates/lint"`: a page that checks a .docx and writes none. */
  lintDocx: 60 * 1024,
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

/**
 * Bundles `contents` (an ES module resolved from `resolveDir`) with Vite as a library (its one entry, ES format,
 * minified, for the browser), and measures it: what an app built with Vite pays for the same import.
 */
export const measureViteBundle = async (contents: string, resolveDir: string): Promise<BundleSize> => {
  const root = mkdtempSync(join(resolveDir, ".size-"));
  try {
    const entry = join(root, "entry.js");
    writeFileSync(entry, contents);
    const result = await viteBuild({
      root,
      configFile: false,
      logLevel: "silent",
      build: { write: false, minify: true, lib: { entry, formats: ["es"], fileName: "entry" } },
    });
    const outputs = (Array.isArray(result) ? result : [result]).flatMap((bundle) =>
      "output" in bundle ? bundle.output : [],
    );
    const text = outputs.map((chunk) => (chunk.type === "chunk" ? chunk.code : "")).join("\n");
    const code = new TextEncoder().encode(text);
    return { code, minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

/** One line: the size against its budget, marked ✔ or ✖. */
export const describeSize = (title: string, size: BundleSize, budget: SizeBudget): string =>
  `${isOverBudget(size, budget) ? "✖" : "✔"} ${title}: ${kb(size.gzipped)} gzipped (${size.gzipped} bytes; ` +
  `${kb(size.minified)} minified), budget ${kb(sizeBudgets[budget])}`;

export const isOverBudget = (size: BundleSize, budget: SizeBudget): boolean => size.gzipped > sizeBudgets[budget];
