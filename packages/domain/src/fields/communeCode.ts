import * as z from "zod/mini";

/**
 * A commune-level unit's five-digit code (xã, phường, đặc khu) from the national list of administrative units
 * (Quyết định 19/2025/QĐ-TTg from 01/07/2025): «00004» Phường Ba Đình. Whether the code is one of the units expected
 * to report is a rule of the summary, not of the schema.
 *
 * @example
 * ```ts
 * communeCode.safeParse("00004").success; // true
 * communeCode.safeParse("4").success; // false
 * ```
 */
export const communeCode = z.string().check(z.regex(/^\d{5}$/, { message: "commune.code-format" }));
