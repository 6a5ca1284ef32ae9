import { copyKinds, documentTypes } from "../data/documentTypes.ts";
import { textLimits } from "../data/textLimits.ts";
import { createTranslator, type LanguageOptions } from "../i18n/createTranslator.ts";
import { createIssue } from "../rules/createIssue.ts";
import type { Issue } from "../rules/Issue.ts";
import type { DocumentNumber } from "./DocumentNumber.ts";
import type { CopyKindCode, DocumentTypeCode } from "./DocumentType.ts";
import type { ParseResult } from "./ParseResult.ts";
import { textIssues } from "./textIssues.ts";

/**
 * Options of {@link parseDocumentNumber}.
 *
 * @example
 * ```ts
 * const options: ParseDocumentNumberOptions = { documentType: "ke-hoach", lang: "en" };
 * parseDocumentNumber("Số: 12/TB-UBND", options).issues.map((issue) => issue.code); // ["nd30.number.type-mismatch"]
 * parseDocumentNumber("Số: 12/KH-UBND", options).ok; // true
 * ```
 */
export interface ParseDocumentNumberOptions extends LanguageOptions {
  /**
   * The kind of document the line belongs to, when known: a document type code («ke-hoach», «cong-van»), a kind of
   * copy («sao-y»), or `"typed"` for a document of some type that has an abbreviation. Then the symbol's first group is checked
   * against it. Left out, a symbol whose first group is a Phụ lục III abbreviation is read as a typed document's,
   * any other as a công văn's.
   */
  readonly documentType?: DocumentTypeCode | CopyKindCode | "typed";
}

const kinds = [...documentTypes, ...copyKinds];
const abbreviations: ReadonlySet<string> = new Set(
  kinds.flatMap((type) => (type.abbreviation === undefined ? [] : [type.abbreviation])),
);
const group = /^[\p{L}\p{N}]+$/u;
const blankNumber = /^[.…_]*$/u;

const done = (value: DocumentNumber | undefined, issues: readonly Issue[]): ParseResult<DocumentNumber> => ({
  ok: !issues.some((issue) => issue.severity === "error"),
  value,
  issues,
});

const expectedNumber = (value: number) => String(value).padStart(2, "0");

/**
 * Reads the number-and-symbol line of a document (Decree 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.3 and
 * Phụ lục III) and checks its form: «Số» followed by a colon, a number below 10 written with a leading 0,
 * «/» between number and symbol and «-» between the symbol's groups without spaces, a known type abbreviation.
 * A draft leaves the number blank («Số:      /KH-UBND»). Normative documents, numbered with their year
 * («Số: 19/2025/QĐ-TTg», Luật Ban hành văn bản quy phạm pháp luật), are not administrative documents and are
 * refused as `nd30.number.format`. Never throws on the text: every problem is an issue; `value` is kept whenever
 * the line could be read.
 *
 * @example
 * ```ts
 * parseDocumentNumber("Số: 3589/BGDĐT-GDTX").value;
 * // { number: 3589, symbol: "BGDĐT-GDTX", typeAbbreviation: undefined, body: "BGDĐT", unit: "GDTX", draft: false }
 * parseDocumentNumber("Số: 12/KH-UBND").value?.typeAbbreviation; // "KH"
 * parseDocumentNumber("Số: 5/KH-UBND", { lang: "en" }).issues[0]?.code; // "nd30.number.leading-zero"
 * ```
 */
export const parseDocumentNumber = (
  line: string,
  options: ParseDocumentNumberOptions = {},
): ParseResult<DocumentNumber> => {
  const t = createTranslator(options);
  if (typeof line !== "string") return done(undefined, [createIssue(t, "nd30.number.format", [])]);
  const text = line.normalize("NFC").trim();
  // A line of a document, not a page: a longer one is refused before any reading (and any message quoting it).
  if (text.length > textLimits.line) {
    return done(undefined, [createIssue(t, "text.too-long", [], { maximum: textLimits.line, length: text.length })]);
  }
  const issues = textIssues(t, text, []);
  const head = /^Số(\s*:)?/u.exec(text);
  const slash = text.indexOf("/");
  if (head === null || slash < 0) return done(undefined, [...issues, createIssue(t, "nd30.number.format", [])]);

  const numberText = text.slice(head[0].length, slash).trim();
  const symbolText = text.slice(slash + 1);
  const draft = blankNumber.test(numberText);
  // Split and trim by hand: /\s*-\s*/g takes quadratic time on a long run of spaces without a hyphen.
  const symbol = symbolText
    .trim()
    .split("-")
    .map((part) => part.trim())
    .join("-");
  const groups = symbol.split("-");
  if ((!draft && !/^\d+$/.test(numberText)) || !groups.every((g) => group.test(g)) || /^0+$/.test(numberText)) {
    return done(undefined, [...issues, createIssue(t, "nd30.number.format", [])]);
  }
  const number = draft ? undefined : Number(numberText);
  const written = `Số: ${number === undefined ? "" : expectedNumber(number)}/${symbol}`;

  if (head[1] === undefined) issues.push(createIssue(t, "nd30.number.colon", ["label"], { expected: written }));
  if (number !== undefined && numberText !== expectedNumber(number)) {
    issues.push(
      createIssue(t, "nd30.number.leading-zero", ["number"], { found: numberText, expected: expectedNumber(number) }),
    );
  }
  const spaced = symbolText !== symbolText.trimStart() || symbol !== symbolText.trim();
  const spacedBefore = !draft && text.slice(0, slash) !== text.slice(0, slash).trimEnd();
  if (spaced || spacedBefore) issues.push(createIssue(t, "nd30.number.spacing", ["symbol"], { expected: written }));
  if (groups.length < 2) {
    return done(undefined, [...issues, createIssue(t, "nd30.number.symbol-parts", ["symbol"], { symbol })]);
  }

  const [first = "", second = ""] = groups;
  const rest = groups.length > 2 ? groups.slice(2).join("-") : undefined;
  const expected = options.documentType;
  const expectedType =
    expected === undefined || expected === "typed" ? undefined : kinds.find((type) => type.code === expected);
  const typed =
    expectedType === undefined
      ? expected === "typed" || abbreviations.has(first)
      : expectedType.abbreviation !== undefined;
  if (typed && expectedType?.abbreviation !== undefined && first !== expectedType.abbreviation) {
    const known = abbreviations.has(first) || first.toLowerCase() === expectedType.abbreviation.toLowerCase();
    issues.push(
      known
        ? createIssue(t, "nd30.number.type-mismatch", ["symbol"], { found: first, expected: expectedType.abbreviation })
        : createIssue(t, "nd30.number.unknown-type", ["symbol"], { found: first }),
    );
  } else if (typed && !abbreviations.has(first)) {
    issues.push(createIssue(t, "nd30.number.unknown-type", ["symbol"], { found: first }));
  }
  const value: DocumentNumber = typed
    ? { number, symbol, typeAbbreviation: first, body: second, unit: rest, draft }
    : { number, symbol, typeAbbreviation: undefined, body: first, unit: groups.slice(1).join("-"), draft };
  return done(value, issues);
};
