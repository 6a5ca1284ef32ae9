import { lastDayOf63Units, provinceMerger2025, twoTierGovernmentFrom } from "../data/provinces.ts";
import { findProvince } from "./findProvince.ts";
import type { Province } from "./Province.ts";

/**
 * The units of 30/06/2025 that formed a unit of the 34-unit structure on 01/07/2025 (Nghị quyết 202/2025/QH15),
 * given the new unit's code or name; the province hosting the seat, whose code the new unit keeps, comes first.
 * An unchanged unit is its own only predecessor. Returns `[]` for a code or name that is not one of the 34.
 *
 * @example
 * ```ts
 * predecessorProvinces("37").map((p) => p.shortName); // ["Ninh Bình", "Hà Nam", "Nam Định"]
 * predecessorProvinces("Lào Cai").map((p) => p.code);  // ["15", "10"]
 * ```
 */
export const predecessorProvinces = (newCodeOrName: string): readonly Province[] => {
  const unit = findProvince(newCodeOrName, twoTierGovernmentFrom);
  const row = provinceMerger2025.find((entry) => entry.code === unit?.code);
  if (row === undefined) return [];
  const seatFirst = [row.code, ...row.formedFrom.filter((code) => code !== row.code)];
  return seatFirst.flatMap((code) => findProvince(code, lastDayOf63Units) ?? []);
};
