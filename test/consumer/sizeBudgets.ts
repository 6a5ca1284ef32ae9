// The size budgets of @xhht/calendar and how a bundle is measured against them, in one place for both checks:
// scripts/check-size.ts (the workspace build) and test/consumer/checkPackages.ts (the installed tarball).
import { gzipSync } from "node:zlib";
import { build, type Platform } from "esbuild";

/** Gzipped bytes (level 9) of a minified esbuild bundle. */
export const sizeBudgets = {
  /** `export * from "@xhht/calendar"`: everything the entry holds. */
  calendarEntry: 15 * 1024,
  /** `export { formatDateLine } from "@xhht/calendar"`, tree-shaken: what a page that only writes date lines pays. */
  formatDateLine: 2 * 1024,
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

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

/** One line: the size against its budget, marked ✔ or ✖. */
export const describeSize = (title: string, size: BundleSize, budget: SizeBudget): string =>
  `${isOverBudget(size, budget) ? "✖" : "✔"} ${title}: ${kb(size.gzipped)} gzipped (${size.gzipped} bytes; ` +
  `${kb(size.minified)} minified), budget ${kb(sizeBudgets[budget])}`;

export const isOverBudget = (size: BundleSize, budget: SizeBudget): boolean => size.gzipped > sizeBudgets[budget];
