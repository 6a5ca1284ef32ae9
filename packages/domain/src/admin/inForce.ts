import type { Province } from "./Province.ts";

/**
 * Whether the unit record was in force on `date` (a valid `YYYY-MM-DD`, compared as text).
 *
 * @example
 * ```ts
 * inForce(findProvince("Hà Giang")!, "2025-07-01"); // false
 * ```
 */
export const inForce = (province: Province, date: string): boolean =>
  province.validFrom <= date && (province.validTo === undefined || date <= province.validTo);
