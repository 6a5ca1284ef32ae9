import type { Result } from "../rules/Result.ts";

/**
 * What a parser or linter of a document's text returns, the parse variant of {@link Result}. Unlike a
 * `ValidationResult`, `value` is kept whenever the text could be read at all, even with errors in its form (a number
 * written «5» instead of «05» is still number 5), so that a linter can report every issue and still use what it
 * read; it is `undefined` only when nothing could be read. `ok` is true when no issue is an error.
 *
 * @example
 * ```ts
 * const result: ParseResult<DateLine> = parseDateLine("Hà Nội, ngày 5 tháng 9 năm 2020");
 * result.ok; // false
 * result.value; // { place: "Hà Nội", date: "2020-09-05" }
 * result.issues.map((issue) => issue.code); // ["nd30.date-line.leading-zero"]
 * ```
 */
export type ParseResult<T> = Result<T>;
