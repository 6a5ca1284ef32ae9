import * as z from "zod/mini";

/**
 * An amount of money in đồng: a whole, non-negative number within JavaScript's safe integer range
 * (up to about 9 triệu tỷ đồng), so sums stay exact.
 *
 * @example
 * ```ts
 * money.parse(15_000_000); // 15000000
 * money.safeParse(1.5).success; // false: đồng have no fractions
 * ```
 */
export const money = z.int().check(z.nonnegative(), z.maximum(Number.MAX_SAFE_INTEGER));

/**
 * A count in a report: a whole, non-negative number.
 *
 * @example
 * ```ts
 * count.parse(2140); // 2140
 * count.safeParse(-1).success; // false
 * ```
 */
export const count = z.int().check(z.nonnegative(), z.maximum(Number.MAX_SAFE_INTEGER));
