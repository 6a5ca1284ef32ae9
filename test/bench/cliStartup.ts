// Start-up of the built `xhht --help` and of `xhht validate report <one JSON file>` against a bare `node -e 0`, each
// spawned N times in turn, medians compared: `--help` must stay within 3 times Node's own start-up (docx, zod and the
// parsers load only inside a command), validating one JSON file within 2 times (yaml loads only for YAML input), as
// every run after the first is, with the compile cache the first one kept. For information: the first run (the cache
// empty), runs with the cache turned off, and a batch's throughput on 1 worker thread and on all the CPUs.
// Run with `pnpm bench` after `pnpm build`. Exits 1 when a start-up ratio misses its target.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { loadAverage, median } from "./race.ts";

const root = resolve(import.meta.dirname, "../..");
const bin = join(root, "packages/cli/dist/bin.js");
if (!existsSync(bin)) {
  console.error(`✖ ${bin} is missing: run \`pnpm build\` first.`);
  process.exit(1);
}

const runs = Number(process.env.XHHT_BENCH_RUNS ?? 21);
const target = 3;
const validateTarget = 2;

const folder = mkdtempSync(join(tmpdir(), "xhht-bench-"));
/** The compile cache of these runs, apart from the user's. */
const withCache = { ...process.env, NODE_COMPILE_CACHE: join(folder, "compile-cache") };
const withoutCache = { ...process.env, NODE_DISABLE_COMPILE_CACHE: "1" };

/** Wall time of one spawn of `args`, in milliseconds. */
const spawnMs = (args: readonly string[], cwd?: string, env: NodeJS.ProcessEnv = withCache) => {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd, env, stdio: ["ignore", "ignore", "inherit"] });
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} exited with ${run.status}`);
  return performance.now() - start;
};

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
writeFileSync(join(folder, "report.json"), `${JSON.stringify(sample, null, 2)}\n`);
const validate = [bin, "validate", "report", "report.json"];

// The first runs fill the compile cache. Then take turns, so that a slow moment of the machine falls on all.
spawnMs(["-e", "0"]);
spawnMs([bin, "--help"]);
const firstRun = spawnMs(validate, folder);
const bare: number[] = [];
const help: number[] = [];
const validated: number[] = [];
const uncached: number[] = [];
for (let index = 0; index < runs; index++) {
  bare.push(spawnMs(["-e", "0"]));
  help.push(spawnMs([bin, "--help"]));
  validated.push(spawnMs(validate, folder));
  uncached.push(spawnMs(validate, folder, withoutCache));
}
const ratio = median(help) / median(bare);
const validateRatio = median(validated) / median(bare);
console.log(`\nstart-up, median of ${runs} spawns each (Node ${process.version}, load average ${loadAverage()}):`);
console.log(`  node -e 0                          ${median(bare).toFixed(1).padStart(7)} ms`);
console.log(
  `  xhht --help                        ${median(help).toFixed(1).padStart(7)} ms  ${ratio.toFixed(2)}×  (target ≤ ${target}×)`,
);
console.log(
  `  xhht validate report report.json   ${median(validated).toFixed(1).padStart(7)} ms  ${validateRatio.toFixed(2)}×  (target ≤ ${validateTarget}×)`,
);
const bareMs = median(bare);
console.log(
  `    its first run, the cache empty   ${firstRun.toFixed(1).padStart(7)} ms  ${(firstRun / bareMs).toFixed(2)}×`,
);
console.log(
  `    with the cache turned off        ${median(uncached).toFixed(1).padStart(7)} ms  ${(median(uncached) / bareMs).toFixed(2)}×`,
);

// A batch of provincial reports, on one worker and on all the CPUs.
const count = Number(process.env.XHHT_BENCH_DOCUMENTS ?? 120);
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
    { cwd: folder, env: withCache, stdio: ["ignore", "ignore", "inherit"] },
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
}
if (validateRatio > validateTarget) {
  console.error(
    `\n✖ xhht validate on one JSON file takes ${validateRatio.toFixed(2)}× node -e 0 (target ≤ ${validateTarget}×)`,
  );
}
if (ratio > target || validateRatio > validateTarget) process.exit(1);
console.log(
  `\n✔ xhht --help within ${target}× of a bare Node start-up, xhht validate on one JSON file within ${validateTarget}×`,
);
