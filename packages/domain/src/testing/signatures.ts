import type { SigningAuthorityKind as Kind, SigningAuthorityLine } from "../fields/SigningAuthorityLine.ts";

/**
 * One line of a signing authority chain of `kind`: «TM. ỦY BAN NHÂN DÂN» for `TM`, else «<kind>. CHỦ TỊCH».
 *
 * @example
 * ```ts
 * lineOf("KT"); // { kind: "KT", title: "CHỦ TỊCH" }
 * ```
 */
export const lineOf = (kind: Kind): SigningAuthorityLine =>
  kind === "TM" ? { kind, body: "ỦY BAN NHÂN DÂN" } : { kind, title: "CHỦ TỊCH" };

/**
 * A signature of a «PHÓ CHỦ TỊCH» whose authority chain has one {@link lineOf} line per kind, in order.
 *
 * @example
 * ```ts
 * signed("TM", "KT").authority; // [{ kind: "TM", body: "ỦY BAN NHÂN DÂN" }, { kind: "KT", title: "CHỦ TỊCH" }]
 * ```
 */
export const signed = (...kinds: Kind[]) => ({
  authority: kinds.map(lineOf),
  title: "PHÓ CHỦ TỊCH",
  name: "Trần Văn B",
});
