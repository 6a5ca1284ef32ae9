import { provinceRecords } from "../data/provinces.ts";
import type { Province } from "./Province.ts";

// Codes and ISO dates are ASCII: compared by code unit, without building a collator at import.
const compareAscii = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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
  .sort((a, b) => compareAscii(a.code, b.code) || compareAscii(a.validFrom, b.validFrom));
