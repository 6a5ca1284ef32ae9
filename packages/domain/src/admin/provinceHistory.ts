import { provinceRecords } from "../data/provinces.ts";
import type { Province } from "./Province.ts";

const prefix = { tinh: "Tỉnh", "thanh-pho-truc-thuoc-trung-uong": "Thành phố" } as const;

/**
 * Every provincial-level unit record from 01/08/2008 (the 63-unit structure) on, effective-dated, in code order
 * and, for one code, oldest first. Use {@link provinces} for the units in force on a given day.
 *
 * @example
 * ```ts
 * provinceHistory.filter((p) => p.code === "46").map((p) => p.name); // ["Tỉnh Thừa Thiên Huế", "Thành phố Huế"]
 * ```
 */
export const provinceHistory: readonly Province[] = provinceRecords
  .map(({ code, shortName, kind, validFrom, validTo }) => ({
    code,
    name: `${prefix[kind]} ${shortName}`,
    shortName,
    kind,
    validFrom,
    validTo,
  }))
  .sort((a, b) => a.code.localeCompare(b.code, "en") || a.validFrom.localeCompare(b.validFrom, "en"));
