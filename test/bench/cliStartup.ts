// Start-up of the built `xhht --help` against a bare `node -e 0`, each spawned N times, medians compared: the
// command must stay within 3 times Node's own start-up (docx, zod, i18next and the parsers load only inside a
// command). Then, for information, a batch's throughput on 1 worker thread and on all the CPUs.
// Run with `pnpm bench` after `pnpm build`. Exits 1 when the start-up ratio misses its target.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";

const root = resolve(import.meta.dirname, "../..");
const bin = join(root, "packages/cli/dist/bin.js");
if (!existsSync(bin)) {
  console.error(`✖ ${bin} is missing: run \`pnpm build\` first.`);
  process.exit(1);
}

const runs = Number(process.env.XHHT_BENCH_RUNS ?? 21);
const target = 3;

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** Wall time of one spawn of `args`, in milliseconds. */
const spawnMs = (args: readonly string[]) => {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "inherit"] });
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} exited with ${run.status}`);
  return performance.now() - start;
};

// Alternate the two so that a slow moment of the machine falls on both.
spawnMs(["-e", "0"]);
spawnMs([bin, "--help"]);
const bare: number[] = [];
const help: number[] = [];
for (let index = 0; index < runs; index++) {
  bare.push(spawnMs(["-e", "0"]));
  help.push(spawnMs([bin, "--help"]));
}
const ratio = median(help) / median(bare);
console.log(`\nxhht --help start-up, median of ${runs} spawns each (Node ${process.version}):`);
console.log(`  node -e 0       ${median(bare).toFixed(1).padStart(7)} ms`);
console.log(`  xhht --help     ${median(help).toFixed(1).padStart(7)} ms`);
console.log(`  ratio           ${ratio.toFixed(2).padStart(7)}×  (target ≤ ${target}×)`);

// A batch of provincial reports, on one worker and on all the CPUs.
const folder = mkdtempSync(join(tmpdir(), "xhht-bench-"));
const count = Number(process.env.XHHT_BENCH_DOCUMENTS ?? 120);
const sample = JSON.parse(
  execFileSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      "import { sampleReport2020 } from '@xhht/domain'; console.log(JSON.stringify(sampleReport2020));",
    ],
    {
      cwd: join(root, "packages/cli"),
      encoding: "utf8",
    },
  ),
);
writeFileSync(
  join(folder, "reports.jsonl"),
  `${Array.from({ length: count }, (_, index) => JSON.stringify({ ...sample, number: index + 1 })).join("\n")}\n`,
);
const cpus = availableParallelism();
console.log(`\nxhht generate report --batch: ${count} documents`);
const rates: Record<number, number> = {};
for (const workers of [...new Set([1, cpus])]) {
  const start = performance.now();
  const run = spawnSync(
    process.execPath,
    [bin, "generate", "report", "--batch", "reports.jsonl", "-o", `out-${workers}`, "--workers", String(workers)],
    { cwd: folder, stdio: ["ignore", "ignore", "inherit"] },
  );
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`the batch on ${workers} workers exited with ${run.status}`);
  rates[workers] = count / seconds;
  console.log(
    `  ${String(workers).padStart(2)} worker(s)  ${seconds.toFixed(2).padStart(6)} s  ${rates[workers]!.toFixed(1).padStart(6)} documents/s`,
  );
}
if (cpus > 1) console.log(`  speed-up on ${cpus} workers: ${(rates[cpus]! / rates[1]!).toFixed(2)}×`);
rmSync(folder, { recursive: true, force: true });

if (ratio > target) {
  console.error(`\n✖ xhht --help starts ${ratio.toFixed(2)}× slower than node -e 0 (target ≤ ${target}×)`);
  process.exit(1);
}
console.log(`\n✔ xhht --help within ${target}× of a bare Node start-up`);
