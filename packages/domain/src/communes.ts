/**
 * The commune-level administrative units (cấp xã: 2,621 xã, 687 phường, 13 đặc khu) of the two-tier local
 * government in force from 01/07/2025, with their codes (Quyết định 19/2025/QĐ-TTg), and a lookup by code or by name
 * with or without diacritics. Apart from the main entry so that a bundle that does not look communes up does not
 * carry the list. Import them from `@xhht/domain/communes`.
 *
 * @example
 * ```ts
 * import { communeKinds, communes, findCommune, findCommunes } from "@xhht/domain/communes";
 * ```
 *
 * @module communes
 */
export { type Commune, type CommuneKind, communeKinds } from "./admin/communes/Commune.ts";
export { communes } from "./admin/communes/communes.ts";
export { findCommune } from "./admin/communes/findCommune.ts";
export { findCommunes } from "./admin/communes/findCommunes.ts";
