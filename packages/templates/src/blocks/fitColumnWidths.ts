import { columnWidths } from "./columnWidths.ts";

/**
 * Column widths in twips for a fixed-layout table: the columns share `total` in proportion to their weights, but a
 * column is never narrower than its minimum (its longest word, so «STT» or «Gương» never breaks inside a word); the
 * other columns give way in proportion. When the minimums alone exceed `total`, the weights decide as if there were
 * none.
 *
 * @example
 * ```ts
 * fitColumnWidths([1, 1, 1], [0, 2000, 0], 3000); // [500, 2000, 500]
 * ```
 */
export const fitColumnWidths = (weights: readonly number[], minimums: readonly number[], total: number): number[] => {
  const needed = minimums.reduce((a, b) => a + b, 0);
  if (needed > total) return columnWidths(weights, total);
  const pinned = new Set<number>();
  for (;;) {
    const free = weights.flatMap((_, index) => (pinned.has(index) ? [] : [index]));
    if (free.length === 0) {
      const extra = columnWidths(weights, total - needed);
      return minimums.map((minimum, index) => minimum + (extra[index] ?? 0));
    }
    const left = total - [...pinned].reduce((sum, index) => sum + (minimums[index] ?? 0), 0);
    const shares = columnWidths(
      free.map((index) => weights[index] ?? 0),
      left,
    );
    const under = free.filter((index, at) => (shares[at] ?? 0) < (minimums[index] ?? 0));
    if (under.length === 0) {
      const widths = minimums.slice();
      free.forEach((index, at) => {
        widths[index] = shares[at] ?? 0;
      });
      return widths;
    }
    for (const index of under) pinned.add(index);
  }
};
