import * as z from "zod/mini";

/**
 * A district-level unit's three-digit code (quận, huyện, thị xã, thành phố thuộc tỉnh, before 01/07/2025) from the
 * statistics office's list of administrative units: «001» Quận Ba Đình, «356» Thành phố Nam Định. Whether the code is
 * one of the units expected to report is a rule of the summary, not of the schema.
 *
 * @example
 * ```ts
 * districtCode.safeParse("001").success; // true
 * districtCode.safeParse("1").success; // false
 * ```
 */
export const districtCode = z.string().check(z.regex(/^\d{3}$/, { message: "district.code-format" }));
