import { signingAuthorityKinds } from "../data/signingAuthorityRules.ts";

const kinds = signingAuthorityKinds.join("|");
const bareKind = new RegExp(`^(?:${kinds})\\.?$`, "u");
const line = new RegExp(`^(${kinds})\\.?\\s+(\\S.*)$`, "u");

/**
 * The `signature.authority` cell of a CSV row: a bare kind («KT», with `signature.actingFor` beside it) as it is, or
 * the whole chain of authority lines, one per item (`|` or a line break between them), each as printed:
 * «TM. ỦY BAN NHÂN DÂN | KT. CHỦ TỊCH» → `[{ kind: "TM", body: "ỦY BAN NHÂN DÂN" }, { kind: "KT", title: "CHỦ TỊCH" }]`.
 * An item that is not a line is kept as written, for the validator to name.
 */
export const signatureAuthorityOf = (cell: string): unknown => {
  const trimmed = cell.trim();
  if (bareKind.test(trimmed)) return trimmed;
  return trimmed
    .split(/\r?\n|\|/u)
    .map((item) => item.trim())
    .filter((item) => item !== "")
    .map((item) => {
      const [, kind, text] = line.exec(item) ?? [];
      if (kind === undefined || text === undefined) return item;
      return kind === "TM" ? { kind, body: text.trim() } : { kind, title: text.trim() };
    });
};
