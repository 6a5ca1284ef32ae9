import {
  type CalendarErrorCode,
  type CliErrorCode,
  calendarErrorCodes,
  cliErrorCodes,
  type DomainErrorCode,
  domainErrorCodes,
  type TemplateErrorCode,
  templateErrorCodes,
} from "@xhht/core";
import type { LegalBasis } from "../rules/Issue.ts";

/**
 * The code of an error one of the packages throws (`calendarErrorCodes`, `domainErrorCodes`, `templateErrorCodes`,
 * `cliErrorCodes`): each is a rule of the registry, `kind: "error"`.
 *
 * @example
 * ```ts
 * const code: ErrorCode = "calendar.invalid-date";
 * getRule(code)?.kind; // "error"
 * ```
 */
export type ErrorCode = CalendarErrorCode | DomainErrorCode | TemplateErrorCode | CliErrorCode;

const nd30 = (article: string): LegalBasis => ({ document: "Nghị định 30/2020/NĐ-CP", article });
const xml: LegalBasis = { document: "Extensible Markup Language (XML) 1.0", article: "§2.2 Characters" };
const civilCode: LegalBasis = { document: "Bộ luật Dân sự 2015", article: "Điều 144-148" };

/** The legal basis of the error codes that rest on one; the others check the shape of an argument. */
const bases: Partial<Record<ErrorCode, LegalBasis>> = {
  [calendarErrorCodes.invalidPlace]: nd30("Phụ lục I, Phần I, mục II.4"),
  [calendarErrorCodes.invalidDeadline]: civilCode,
  [calendarErrorCodes.invalidText]: xml,
  [templateErrorCodes.unsafeText]: xml,
  [templateErrorCodes.invalidElectronicSignature]: nd30("Phụ lục I, Phần I, mục II.8.b"),
};

const errorRulesOf = <Code extends ErrorCode>(table: Readonly<Record<string, Code>>) =>
  Object.values(table).map((id) => ({
    id,
    kind: "error" as const,
    severity: "error" as const,
    basis: bases[id],
    appliesTo: [id === templateErrorCodes.invalidDocx ? ("docx" as const) : ("*" as const)],
  }));

/**
 * The error codes of the four packages as rules (`kind: "error"`, severity `error`), in the order of their tables:
 * what a function throws for an argument it cannot take, or the `xhht` command prints for input it cannot use. Each
 * has a one-line meaning in both languages; a calendar code is also the code of an issue where a template reports a
 * date or place the calendar refuses.
 */
export const errorRules = [
  ...errorRulesOf(calendarErrorCodes),
  ...errorRulesOf(domainErrorCodes),
  ...errorRulesOf(templateErrorCodes),
  ...errorRulesOf(cliErrorCodes),
];
