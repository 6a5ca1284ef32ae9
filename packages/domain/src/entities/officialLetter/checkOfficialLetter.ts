import type { Translate } from "../../i18n/createTranslator.ts";
import { copiesIssue } from "../../rules/copiesIssue.ts";
import { createIssue } from "../../rules/createIssue.ts";
import type { Issue } from "../../rules/Issue.ts";
import { symbolTypeIssue } from "../../rules/symbolTypeIssue.ts";
import type { OfficialLetter } from "./OfficialLetter.ts";

/**
 * The rules of a công văn beyond its schema (Decree 30/2020/NĐ-CP): no document type in its symbol, a place
 * name without a comma, and a «Nơi nhận» list that starts «Như trên» and ends «Lưu: VT, …». Paths are relative
 * to the letter.
 */
export const checkOfficialLetter = (t: Translate, letter: OfficialLetter): Issue[] => {
  const issues: Issue[] = [];
  const symbolType = symbolTypeIssue(t, letter.symbol, "cong-van", "letter.symbol-type");
  if (symbolType) issues.push(symbolType);
  if (letter.place.includes(",")) issues.push(createIssue(t, "letter.place", ["place"], { place: letter.place }));
  const filing = copiesIssue(t, letter.copies, "letter.copies-luu");
  if (filing) issues.push(filing);
  if (letter.copies[0] !== "Như trên") {
    issues.push(createIssue(t, "letter.copies-nhu-tren", ["copies", 0], { found: letter.copies[0] ?? "" }));
  }
  return issues;
};
