import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";

/** The median of `values` (the upper one of an even count). */
export const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** The load average of the last 1, 5 and 15 minutes, as printed by the benches. */
export const loadAverage = (): string =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(", ");

/**
 * Median times of one call of each contender, in ms, over `rounds` rounds of `batch` calls each after a warm-up,
 * and the median of each round's ratio of the first contender's time to each one's. The contenders take turns within
 * each round, so a load that comes and goes on a shared machine weighs on all of them alike.
 */
export async function race(
  contenders: readonly (() => unknown)[],
  batch: number,
  rounds = 11,
): Promise<{ times: number[]; ratios: number[] }> {
  const samples = contenders.map((): number[] => []);
  for (const run of contenders) for (let i = 0; i < batch; i += 1) await run();
  for (let round = 0; round < rounds; round += 1) {
    for (const [index, run] of contenders.entries()) {
      const start = performance.now();
      for (let i = 0; i < batch; i += 1) await run();
      samples[index]?.push((performance.now() - start) / batch);
    }
  }
  const first = samples[0] ?? [];
  return {
    times: samples.map(median),
    ratios: samples.map((own) => median(own.map((value, round) => (first[round] ?? Number.NaN) / value))),
  };
}
