/**
 * The four kinds of district-level unit (cấp huyện) before 01/07/2025: an urban district (quận), a rural district
 * (huyện), a town (thị xã) and a city under a province or under a centrally run city (thành phố thuộc tỉnh, thành phố
 * thuộc thành phố trực thuộc trung ương), as the prefix of a unit's name writes them: «Quận», «Huyện», «Thị xã»,
 * «Thành phố».
 *
 * @example
 * ```ts
 * import { districtKinds, findDistrict } from "@xhht/domain/districts";
 * districtKinds.includes(findDistrict("001", { onDate: "2024-10-07" })!.kind); // true
 * ```
 */
export const districtKinds = ["quan", "huyen", "thi-xa", "thanh-pho"] as const;

/**
 * One of {@link districtKinds}.
 *
 * @example
 * ```ts
 * import { type DistrictKind, findDistrict } from "@xhht/domain/districts";
 * const kind: DistrictKind | undefined = findDistrict("Thủ Đức", { onDate: "2024-10-07" })?.kind;
 * kind; // "thanh-pho"
 * ```
 */
export type DistrictKind = (typeof districtKinds)[number];

/**
 * A district-level unit (quận, huyện, thị xã, thành phố thuộc tỉnh) of the three-tier local government that ended
 * on 30/06/2025, with its three-digit code from the statistics office's list of administrative units.
 *
 * @example
 * ```ts
 * import { type District, findDistrict } from "@xhht/domain/districts";
 * const badinh: District | undefined = findDistrict("001", { onDate: "2024-10-07" });
 * badinh?.fullName; // "Quận Ba Đình"
 * badinh?.province; // "01"
 * ```
 */
export interface District {
  /** The three-digit code: «001». */
  readonly code: string;
  readonly kind: DistrictKind;
  /** The name without its kind: «Ba Đình». */
  readonly name: string;
  /** The name with its kind, as the unit is written: «Quận Ba Đình». */
  readonly fullName: string;
  /** The two-digit code of its province (one of the 63 in force before 01/07/2025): «01». */
  readonly province: string;
}
