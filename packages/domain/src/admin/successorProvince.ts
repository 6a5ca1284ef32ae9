import { lastDayOf63Units, provinceMerger2025, twoTierGovernmentFrom } from "../data/provinces.ts";
import { findProvince } from "./findProvince.ts";
import type { Province } from "./Province.ts";

/**
 * The unit in force from 01/07/2025 that a province of the 63-unit structure became (Nghị quyết 202/2025/QH15),
 * given the old unit's code or name as on 30/06/2025. An unchanged unit is its own successor.
 * Returns `undefined` for a code or name that was not a unit on 30/06/2025.
 *
 * @example
 * ```ts
 * successorProvince("02")?.name;        // "Tỉnh Tuyên Quang" (Hà Giang merged into it)
 * successorProvince("Bac Giang")?.code; // "24" (Bắc Ninh, seated in Bắc Giang, keeps Bắc Giang's code)
 * successorProvince("01")?.name;        // "Thành phố Hà Nội"
 * ```
 */
export const successorProvince = (oldCodeOrName: string): Province | undefined => {
  const old = findProvince(oldCodeOrName, lastDayOf63Units);
  if (old === undefined) return undefined;
  const row = provinceMerger2025.find((entry) => entry.formedFrom.includes(old.code));
  return row === undefined ? undefined : findProvince(row.code, twoTierGovernmentFrom);
};
