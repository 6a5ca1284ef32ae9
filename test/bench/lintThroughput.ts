// lintDocx on large and hostile files: throughput in MB/s of word/document.xml and peak memory, each case linted in
// a child process of its own (its max RSS is the peak; --max-old-space-size caps its heap at 512 MB, as the issue
// asks, so a reader that needs more crashes and is reported as such). Cases:
// - a 50-page report: renderReport's 2020 sample report with its body repeated to about 50 A4 pages of text;
// - a 40 MB part: the same body repeated until word/document.xml holds 40 MB;
// - 60 MB of `<w:p/>` zipped into about 92 KB, which must be refused with docx.too-large.
// XHHT_BENCH_BEFORE=<folder> also runs the lintDocx of another checkout (e.g. `git archive` of an earlier commit with
// the packages' node_modules linked in), for a before/after table; XHHT_BENCH_HEAP_MB changes the heap cap.
// Run with `pnpm exec tsx --conditions=@xhht/source test/bench/lintThroughput.ts`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { directive2020, sampleReport2020 } from "@xhht/domain";
import { readDocxText, renderReport } from "@xhht/templates";
import { strFromU8, strToU8, unzipSync, type Zippable, zipSync } from "fflate";

const heapLimitMb = Number(process.env.XHHT_BENCH_HEAP_MB ?? 512);
const here = import.meta.dirname;
const ownLinter = resolve(here, "../../packages/templates/src/lint/lintDocx.ts");

interface ChildReport {
  readonly ms: number;
  readonly maxRssMb: number;
  readonly baselineRssMb: number;
  readonly codes: readonly string[];
}

if (process.argv[2] === "--child") {
  const [, , , linterPath = "", zipPath = "", roundsText = "1"] = process.argv;
  const { lintDocx } = (await import(
    pathToFileURL(linterPath).href
  )) as typeof import("../../packages/templates/src/lint/lintDocx.ts");
  const bytes = new Uint8Array(readFileSync(zipPath));
  lintDocx(zipSync({ "word/document.xml": strToU8("<w:document/>") }));
  const baselineRssMb = process.resourceUsage().maxRSS / 1024;
  const times: number[] = [];
  let codes: string[] = [];
  for (let round = 0; round < Number(roundsText); round += 1) {
    const started = performance.now();
    codes = lintDocx(bytes).issues.map((issue) => issue.code);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const report: ChildReport = {
    ms: times[Math.floor(times.length / 2)] ?? 0,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    baselineRssMb,
    codes: [...new Set(codes)],
  };
  process.stdout.write(JSON.stringify(report));
  process.exit(0);
}

const documentName = "word/document.xml";

/** The sample report with its body (everything but the last section's properties) repeated until `enough`. */
const repeatedReport = async (enough: (xml: string, copies: number) => boolean): Promise<Uint8Array> => {
  const parts = unzipSync(await renderReport(sampleReport2020, { directive: directive2020 }));
  const xml = strFromU8(parts[documentName] ?? new Uint8Array());
  const bodyStart = xml.indexOf("<w:body>") + "<w:body>".length;
  const bodyEnd = xml.lastIndexOf("<w:sectPr");
  const body = xml.slice(bodyStart, bodyEnd);
  let copies = 1;
  while (!enough(body, copies)) copies += 1;
  const repeated = `${xml.slice(0, bodyStart)}${body.repeat(copies)}${xml.slice(bodyEnd)}`;
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(parts)) zippable[name] = name === documentName ? strToU8(repeated) : data;
  return zipSync(zippable, { level: 6 });
};

const sample = await renderReport(sampleReport2020, { directive: directive2020 });
/** Characters of running text on a full A4 page at 13-14 pt with Decree 30 margins. */
const charactersPerPage = 2_600;
const sampleCharacters = readDocxText(sample).join("\n").length;
const cases: { readonly name: string; readonly zip: Uint8Array; readonly rounds: number }[] = [
  {
    name: "50-page report",
    zip: await repeatedReport((_, copies) => copies * sampleCharacters >= 50 * charactersPerPage),
    rounds: 5,
  },
  { name: "40 MB part", zip: await repeatedReport((body, copies) => body.length * copies >= 40e6), rounds: 1 },
  {
    name: "60 MB of <w:p/>",
    zip: zipSync({
      "[Content_Types].xml": strToU8("<Types/>"),
      [documentName]: strToU8(`<w:document><w:body>${"<w:p/>".repeat(10_000_000)}</w:body></w:document>`),
    }),
    rounds: 1,
  },
];

const linters: [string, string][] = [["after", ownLinter]];
const before = process.env.XHHT_BENCH_BEFORE;
if (before !== undefined) linters.unshift(["before", resolve(before, "packages/templates/src/lint/lintDocx.ts")]);

const folder = mkdtempSync(join(tmpdir(), "xhht-lint-bench-"));
const rows: string[][] = [];
try {
  for (const { name, zip, rounds } of cases) {
    const zipPath = join(folder, "input.docx");
    writeFileSync(zipPath, zip);
    const xmlBytes = unzipSync(zip, { filter: (file) => file.name === documentName })[documentName]?.byteLength ?? 0;
    const xmlMb = xmlBytes / 1e6;
    for (const [label, linter] of linters) {
      const child = spawnSync(
        process.execPath,
        [
          `--max-old-space-size=${heapLimitMb}`,
          "--conditions=@xhht/source",
          "--import",
          "tsx",
          import.meta.filename,
          "--child",
          linter,
          zipPath,
          String(rounds),
        ],
        { encoding: "utf8", maxBuffer: 1 << 24, timeout: 300_000 },
      );
      const size = `${(zip.byteLength / 1e6).toFixed(2)} MB zip, ${xmlMb.toFixed(1)} MB XML`;
      if (child.status !== 0) {
        const why = /heap out of memory/u.test(child.stderr) ? "out of memory" : `exit ${child.status ?? child.signal}`;
        rows.push([name, size, label, "-", "-", "-", `crashed: ${why}`]);
        continue;
      }
      const report = JSON.parse(child.stdout) as ChildReport;
      rows.push([
        name,
        size,
        label,
        `${report.ms.toFixed(0)} ms`,
        `${(xmlMb / (report.ms / 1000)).toFixed(1)}`,
        `${report.maxRssMb.toFixed(0)} MB (+${(report.maxRssMb - report.baselineRssMb).toFixed(0)})`,
        report.codes.length === 0 ? "no issue" : report.codes.join(", "),
      ]);
    }
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}

const header = ["case", "input", "code", "lint time", "MB/s", "peak RSS (+ over baseline)", "issues"];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
const line = (cells: readonly string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(" | ")} |`;
console.log(`lintDocx throughput, each run in a child process with --max-old-space-size=${heapLimitMb}`);
console.log(line(header));
console.log(line(widths.map((width) => "-".repeat(width))));
for (const row of rows) console.log(line(row));
