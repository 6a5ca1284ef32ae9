/** Splits `total` twips between `weights` in proportion, rounding so the widths add up to `total` exactly. */
export const columnWidths = (weights: readonly number[], total: number): number[] => {
  const sum = weights.reduce((a, b) => a + b, 0);
  let given = 0;
  let share = 0;
  return weights.map((weight) => {
    share += weight;
    const upTo = Math.round((share * total) / sum);
    const width = upTo - given;
    given = upTo;
    return width;
  });
};
