import type { LegalBasis, Severity } from "../Issue.ts";

/** The text-level rules of Decree 30/2020/NĐ-CP that apply to any document's text. */
export const nd30Rules = [] as const satisfies readonly {
  id: string;
  severity: Severity;
  basis: LegalBasis | undefined;
  appliesTo: readonly string[];
}[];
