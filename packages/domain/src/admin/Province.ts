/**
 * The two kinds of provincial-level unit: a province (tỉnh) and a centrally-run city
 * (thành phố trực thuộc Trung ương).
 *
 * @example
 * ```ts
 * provinceKinds.includes(findProvince("Hà Nội")!.kind); // true
 * ```
 */
export const provinceKinds = ["tinh", "thanh-pho-truc-thuoc-trung-uong"] as const;
/**
 * One of {@link provinceKinds}.
 *
 * @example
 * ```ts
 * const kind: ProvinceKind | undefined = findProvince("Cao Bằng")?.kind;
 * kind; // "tinh"
 * ```
 */
export type ProvinceKind = (typeof provinceKinds)[number];

/**
 * A provincial-level unit as it stood over one period. A unit that changed (Thừa Thiên Huế becoming Thành phố Huế,
 * the 2025 mergers) has one record per period, and a code may be borne by several records over time.
 *
 * @example
 * ```ts
 * const hanoi: Province | undefined = findProvince("01", "2020-10-01");
 * hanoi?.name; // "Thành phố Hà Nội"
 * hanoi?.validTo; // undefined
 * ```
 */
export interface Province {
  /** Two-digit code: Quyết định 124/2004/QĐ-TTg before 01/07/2025, Công văn 915/CTK-CSCL from then. */
  readonly code: string;
  /** The full name: «Thành phố Hà Nội», «Tỉnh Cao Bằng». */
  readonly name: string;
  /** The name without its kind: «Hà Nội», «Cao Bằng». */
  readonly shortName: string;
  readonly kind: ProvinceKind;
  /** The first day the unit was in force, as this record describes it. */
  readonly validFrom: string;
  /** The last day it was in force; `undefined` while it still is. */
  readonly validTo: string | undefined;
}
