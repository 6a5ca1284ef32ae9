import * as z from "zod/mini";

/**
 * A province's two-digit code from the national list of administrative units («01» Hà Nội, «79» Hồ Chí Minh City).
 * Whether the code exists on a given date is a rule of the validators, not of the schema.
 *
 * @example
 * ```ts
 * provinceCode.parse("01");
 * ```
 */
export const provinceCode = z.string().check(z.regex(/^\d{2}$/, { message: "province.code-format" }));
