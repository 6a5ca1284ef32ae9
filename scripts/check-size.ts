// The size budget of @xhht/calendar as a consumer's bundler sees it: its built ESM entry bundled by esbuild (minified,
// platform neutral), then gzipped. Fails above the budget. Also prints what `formatDateLine` alone costs after tree
// shaking, the figure a page that only writes date lines pays. Build first: `pnpm --filter @xhht/calendar build`.
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const root = resolve(import.meta.dirname, "..");
const entry = resolve(root, "packages/calendar/dist/index.js");

// `enforced: false` prints the size against its budget without failing: formatDateLine's budget is issue 7's target.
type Check = { readonly title: string; readonly contents: string; readonly budget: number; readonly enforced: boolean };

const checks: readonly Check[] = [
  {
    title: "@xhht/calendar, whole entry",
    contents: `export * from ${JSON.stringify(entry)};`,
    budget: 15 * 1024,
    enforced: true,
  },
  {
    title: "formatDateLine alone, tree-shaken",
    contents: `export { formatDateLine } from ${JSON.stringify(entry)};`,
    budget: 2 * 1024,
    enforced: false,
  },
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;

if (!existsSync(entry)) {
  console.error(`✖ ${entry} is missing: run \`pnpm --filter @xhht/calendar build\` first`);
  process.exit(1);
}

let failed = false;
for (const { title, contents, budget, enforced } of checks) {
  const result = await build({
    stdin: { contents, resolveDir: dirname(entry), loader: "js" },
    bundle: true,
    minify: true,
    platform: "neutral",
    format: "esm",
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const gzipped = gzipSync(code, { level: 9 }).length;
  const over = gzipped > budget;
  if (enforced) failed ||= over;
  const mark = !over ? "✔" : enforced ? "✖" : "⚠";
  const note = over && !enforced ? " (over, not enforced yet: issue 7)" : "";
  console.log(
    `${mark} ${title}: ${kb(gzipped)} gzipped (${gzipped} bytes; ${kb(code.length)} minified), budget ${kb(budget)}${note}`,
  );
}
if (failed) {
  console.log("✖ over the size budget: see what grew with esbuild's --analyze");
  process.exit(1);
}
