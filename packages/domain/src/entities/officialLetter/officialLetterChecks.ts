import { copiesIssue } from "../../rules/copiesIssue.ts";
import { createIssue } from "../../rules/createIssue.ts";
import type { FieldCheck } from "../../rules/FieldCheck.ts";
import { fieldCheckFor } from "../../rules/fieldCheckFor.ts";
import { symbolTypeIssue } from "../../rules/symbolTypeIssue.ts";
import type { OfficialLetter } from "./OfficialLetter.ts";

const letterCheck = fieldCheckFor<OfficialLetter>();

/**
 * The rules of a công văn beyond its schema (Decree 30/2020/NĐ-CP), each with the fields it reads: no document type
 * in its symbol, a place name without a comma, and a «Nơi nhận» list that starts «Như trên» and ends «Lưu: VT, …».
 * Paths are relative to the letter.
 */
export const officialLetterChecks: readonly FieldCheck<OfficialLetter>[] = [
  letterCheck(["symbol"], (t, letter) => symbolTypeIssue(t, letter.symbol, "cong-van", "letter.symbol-type")),
  letterCheck(["place"], (t, letter) =>
    letter.place.includes(",") ? createIssue(t, "letter.place", ["place"], { place: letter.place }) : [],
  ),
  letterCheck(["copies"], (t, letter) => copiesIssue(t, letter.copies, "letter.copies-luu")),
  letterCheck(["copies"], (t, letter) =>
    letter.copies[0] === "Như trên"
      ? []
      : createIssue(t, "letter.copies-nhu-tren", ["copies", 0], { found: letter.copies[0] ?? "" }),
  ),
];
