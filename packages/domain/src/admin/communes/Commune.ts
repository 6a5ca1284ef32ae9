/**
 * The three kinds of commune-level unit (cấp xã) from 01/07/2025: a rural commune (xã), a ward (phường) and a
 * special zone (đặc khu), as the prefix of a unit's name writes them: «Xã», «Phường», «Đặc khu».
 *
 * @example
 * ```ts
 * import { communeKinds, findCommune } from "@xhht/domain/communes";
 * communeKinds.includes(findCommune("00004")!.kind); // true
 * ```
 */
export const communeKinds = ["xa", "phuong", "dac-khu"] as const;

/**
 * One of {@link communeKinds}.
 *
 * @example
 * ```ts
 * import { type CommuneKind, findCommune } from "@xhht/domain/communes";
 * const kind: CommuneKind | undefined = findCommune("Côn Đảo")?.kind;
 * kind; // "dac-khu"
 * ```
 */
export type CommuneKind = (typeof communeKinds)[number];

/**
 * A commune-level unit (xã, phường or đặc khu) of the two-tier local government in force from 01/07/2025, with its
 * code from the national list of administrative units (Quyết định 19/2025/QĐ-TTg).
 *
 * @example
 * ```ts
 * import { type Commune, findCommune } from "@xhht/domain/communes";
 * const badinh: Commune | undefined = findCommune("00004");
 * badinh?.fullName; // "Phường Ba Đình"
 * badinh?.province; // "01"
 * ```
 */
export interface Commune {
  /** The five-digit code: «00004». */
  readonly code: string;
  readonly kind: CommuneKind;
  /** The name without its kind: «Ba Đình». */
  readonly name: string;
  /** The name with its kind, as the unit is written: «Phường Ba Đình». */
  readonly fullName: string;
  /** The two-digit code of its province in force from 01/07/2025: «01». */
  readonly province: string;
}
