// The size budget of @xhht/calendar as a consumer's bundler sees it: its built ESM entry bundled by esbuild (minified,
// platform neutral), then gzipped; and `formatDateLine` alone after tree shaking, the figure a page that only writes
// date lines pays. Fails above a budget. The budgets live in test/consumer/sizeBudgets.ts, shared with
// `pnpm test:packages`, which measures the same from the installed tarball. Build first: `pnpm --filter @xhht/calendar build`.
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { describeSize, isOverBudget, measureBundle, type SizeBudget } from "../test/consumer/sizeBudgets.ts";

const root = resolve(import.meta.dirname, "..");
const entry = resolve(root, "packages/calendar/dist/index.js");

const checks: readonly { readonly title: string; readonly contents: string; readonly budget: SizeBudget }[] = [
  {
    title: "@xhht/calendar, whole entry",
    contents: `export * from ${JSON.stringify(entry)};`,
    budget: "calendarEntry",
  },
  {
    title: "formatDateLine alone, tree-shaken",
    contents: `export { formatDateLine } from ${JSON.stringify(entry)};`,
    budget: "formatDateLine",
  },
];

if (!existsSync(entry)) {
  console.error(`✖ ${entry} is missing: run \`pnpm --filter @xhht/calendar build\` first`);
  process.exit(1);
}

let failed = false;
for (const { title, contents, budget } of checks) {
  const size = await measureBundle(contents, dirname(entry), "neutral");
  failed ||= isOverBudget(size, budget);
  console.log(describeSize(title, size, budget));
}
if (failed) {
  console.log("✖ over the size budget: see what grew with esbuild's --analyze");
  process.exit(1);
}
