/**
 * A commune-level or district-level unit as the existence checks read it: its code and its province's code (a
 * `Commune` of `@xhht/domain/communes` or a `District` of `@xhht/domain/districts` is one), and a name to print.
 *
 * @example
 * ```ts
 * const unit: KnownUnit = { code: "14329", province: "37", fullName: "Phường Hoa Lư" };
 * ```
 */
export interface KnownUnit {
  readonly code: string;
  /** The two-digit code of its province. */
  readonly province: string;
  /** The name with its kind, as the unit is written: «Phường Hoa Lư»; `name` when absent. */
  readonly fullName?: string;
  readonly name?: string;
}

/**
 * The units a plan's or a report's `commune` and `district` codes are looked up in (the `knownUnits` option of
 * `validatePlan`, `validateReport` and `summarizeReports`): `communes(date)` from `@xhht/domain/communes`,
 * `districts(date)` from `@xhht/domain/districts`, or a list of the caller's. The main entry holds no such list: a
 * caller who wants these checks passes one. A code not in its list is `commune.unknown` or `district.unknown`; one of
 * another province than the document's is `commune.other-province` or `district.other-province`.
 *
 * @example
 * ```ts
 * import { communes } from "@xhht/domain/communes";
 * const knownUnits: KnownUnits = { communes: communes("2025-07-01") };
 * validateReport({ ...sampleReport2025, province: "01", commune: "14329" }, { knownUnits }).issues[0]?.code; // "commune.other-province"
 * ```
 */
export interface KnownUnits {
  /** The commune-level units (xã, phường, đặc khu) in force, with their provinces. */
  readonly communes?: readonly KnownUnit[];
  /** The district-level units (before 01/07/2025) in force, with their provinces. */
  readonly districts?: readonly KnownUnit[];
}
