import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { columnWidths } from "./columnWidths.ts";
import { fitColumnWidths } from "./fitColumnWidths.ts";

describe("fitColumnWidths", () => {
  it("widens a column to its minimum and takes the difference from the others in proportion", () => {
    expect(fitColumnWidths([1, 1, 1], [0, 2000, 0], 3000)).toEqual([500, 2000, 500]);
    expect(fitColumnWidths([5, 12, 8], [600, 0, 0], 2500)).toEqual([600, 1140, 760]);
  });

  it("keeps the proportional widths when every column already fits", () => {
    expect(fitColumnWidths([1, 2, 1], [100, 100, 100], 4000)).toEqual(columnWidths([1, 2, 1], 4000));
  });

  it("falls back to the weights when the minimums cannot all fit", () => {
    expect(fitColumnWidths([1, 1], [3000, 3000], 4000)).toEqual([2000, 2000]);
  });

  it("always fills the table's width exactly and, when they fit, never goes below a minimum", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 3000 })), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.integer({ min: 1000, max: 20_000 }),
        (columns, total) => {
          const weights = columns.map(([weight]) => weight);
          const minimums = columns.map(([, minimum]) => minimum);
          const widths = fitColumnWidths(weights, minimums, total);
          expect(widths.reduce((a, b) => a + b, 0)).toBe(total);
          if (minimums.reduce((a, b) => a + b, 0) <= total) {
            widths.forEach((width, index) => {
              expect(width).toBeGreaterThanOrEqual(minimums[index]!);
            });
          }
        },
      ),
    );
  });
});
