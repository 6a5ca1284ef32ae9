import * as z from "zod/mini";

/** Code points in `value`: a surrogate pair counts once, as JSON Schema's `maxLength` counts it. */
const codePoints = (value: string): number => {
  let count = value.length;
  for (let index = 0; index < value.length - 1; index++) {
    const unit = value.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = value.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        index++;
      }
    }
  }
  return count;
};

/**
 * A string of at most `max` code points, counted on the input as given (before any trimming), so that zod and the
 * published JSON Schema (`maxLength: max`) give the same verdict. A longer string gives the issue `text.too-long`
 * with `maximum` and `length`, and no later check of the schema runs on it (no regular expression on a megabyte).
 *
 * @example
 * ```ts
 * import * as z from "zod/mini";
 *
 * boundedString(5).safeParse("Hà Nội").success; // false: 6 code points
 * boundedString(5).check(z.regex(/^\d+$/)).safeParse("12").success; // true
 * ```
 */
export const boundedString = (max: number) =>
  z
    .string()
    .check((context) => {
      // UTF-16 units are never fewer than code points: only a string longer than `max` units needs counting.
      if (context.value.length <= max) return;
      const length = codePoints(context.value);
      if (length > max) {
        context.issues.push({
          code: "custom",
          message: "text.too-long",
          input: context.value,
          params: { maximum: max, length },
        });
      }
    })
    .check(z.meta({ maxLength: max }));
