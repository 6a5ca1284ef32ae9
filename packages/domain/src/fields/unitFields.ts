import * as z from "zod/mini";
import { communeCode } from "./communeCode.ts";
import { districtCode } from "./districtCode.ts";
import { provinceCode } from "./provinceCode.ts";

/**
 * Whose plan or report a document is, by the codes of the national list of administrative units: the province's
 * own, or, with `commune` or `district`, that unit's to its province.
 *
 * @example
 * ```ts
 * import * as z from "zod/mini";
 *
 * const whose = z.strictObject(unitFields);
 * whose.safeParse({ province: "01", commune: "00004" }).success; // true
 * whose.safeParse({ province: "1" }).success; // false
 * ```
 */
export const unitFields = {
  province: provinceCode,
  /**
   * The commune-level unit (xã, phường, đặc khu) whose document this is, by its five-digit code, when it is a
   * commune's to its province rather than the province's own; `province` is then the commune's province.
   */
  commune: z.optional(communeCode),
  /**
   * The district-level unit (quận, huyện, thị xã, thành phố thuộc tỉnh, before 01/07/2025) whose document this is, by
   * its three-digit code, when it is a district's to its province rather than the province's own; `province` is
   * then the district's province. With `commune` too, it is that commune's, in that district.
   */
  district: z.optional(districtCode),
};
