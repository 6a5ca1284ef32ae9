import { DomainError } from "../errors/DomainError.ts";
import { domainErrorCodes } from "../errors/domainErrorCodes.ts";
import { createTranslator, type LanguageOptions, type Translate } from "../i18n/createTranslator.ts";
import { createIssue } from "../rules/createIssue.ts";
import type { Issue } from "../rules/Issue.ts";
import { filingLineProblem, recipientLineContent } from "./filingLine.ts";
import type { ParseResult } from "./ParseResult.ts";
import { textIssues } from "./textIssues.ts";

/**
 * The two recipient lists of Decree 30/2020/NĐ-CP: «Kính gửi» (cell 9a) and «Nơi nhận» (cell 9b).
 *
 * @example
 * ```ts
 * recipientListKinds; // ["kinh-gui", "noi-nhan"]
 * ```
 */
export const recipientListKinds = ["kinh-gui", "noi-nhan"] as const;
/**
 * One of {@link recipientListKinds}.
 *
 * @example
 * ```ts
 * const kind: RecipientListKind = "kinh-gui";
 * lintRecipientList(["- Bộ Nội vụ;", "- Bộ Tài chính."], { kind }).issues; // []
 * ```
 */
export type RecipientListKind = (typeof recipientListKinds)[number];

/**
 * Options of {@link lintRecipientList}: which list the lines are, and for «Nơi nhận», whether a «Kính gửi» exists.
 *
 * @example
 * ```ts
 * const options: RecipientListOptions = { kind: "noi-nhan", hasKinhGui: true, lang: "en" };
 * lintRecipientList(["- Sở Tài chính;", "- Lưu: VT, GDTX."], options).issues.map((issue) => issue.code); // ["nd30.noi-nhan.nhu-tren"]
 * ```
 */
export type RecipientListOptions = LanguageOptions &
  (
    | { readonly kind: "kinh-gui" }
    | {
        readonly kind: "noi-nhan";
        /**
         * The document has a «Kính gửi» (a công văn; a tờ trình or báo cáo sent up): its «Nơi nhận» list must
         * then start with «- Như trên;».
         */
        readonly hasKinhGui?: boolean;
      }
  );

const labels = { "kinh-gui": /^Kính gửi\s*:\s*/u, "noi-nhan": /^Nơi nhận\s*:\s*/u } as const;

interface Item {
  readonly index: number;
  readonly line: string;
  /** The line without its dash and final punctuation. */
  readonly content: string;
}

const items = (lines: readonly unknown[], kind: RecipientListKind): Item[] =>
  lines.flatMap((raw, index) => {
    let line = typeof raw === "string" ? raw.normalize("NFC").trim() : "";
    if (index === 0) line = line.replace(labels[kind], "");
    const content = recipientLineContent(line);
    return line.length === 0 ? [] : [{ index, line, content }];
  });

const checkLines = (t: Translate, list: readonly Item[]): Issue[] =>
  list.flatMap((item, position) => {
    const issues: Issue[] = [];
    const line = item.index + 1;
    if (!/^- \S/u.test(item.line)) issues.push(createIssue(t, "nd30.recipients.dash", [item.index], { line }));
    const expected = position === list.length - 1 ? "." : ";";
    if (!item.line.endsWith(expected)) {
      issues.push(createIssue(t, "nd30.recipients.punctuation", [item.index], { line, expected }));
    }
    return issues;
  });

const listIssues = (
  t: Translate,
  given: readonly unknown[],
  list: readonly Item[],
  options: RecipientListOptions,
): Issue[] => {
  const issues = given.flatMap((line, index) => (typeof line === "string" ? textIssues(t, line, [index]) : []));
  if (list.length === 0) return [...issues, createIssue(t, "nd30.recipients.empty", [])];
  if (options.kind !== "noi-nhan") return list.length === 1 ? issues : [...issues, ...checkLines(t, list)];

  issues.push(...checkLines(t, list));
  const first = list[0] as Item;
  const last = list[list.length - 1] as Item;
  if (options.kind === "noi-nhan" && options.hasKinhGui === true && first.content !== "Như trên") {
    issues.push(createIssue(t, "nd30.noi-nhan.nhu-tren", [first.index], { found: first.line }));
  }
  const filing = filingLineProblem(last.content);
  if (filing !== undefined) {
    const code = filing === "not-filing" ? "nd30.noi-nhan.luu-last" : "nd30.noi-nhan.luu-format";
    issues.push(createIssue(t, code, [last.index], { found: last.line }));
  }
  return issues;
};

/**
 * Checks the lines of a «Kính gửi» or «Nơi nhận» list (Decree 30/2020/NĐ-CP, Phụ lục I, Phần I, mục II.9.d):
 * with several recipients, each on its own line «- …;», the last ending «.»; a «Nơi nhận» list ends with
 * «- Lưu: VT, <drafting unit>.» and, when the document has a «Kính gửi», starts with «- Như trên;». A single
 * «Kính gửi» recipient stands on the label's line with no dash. The first line may keep its label («Kính gửi:»,
 * «Nơi nhận:»); blank lines are skipped; an issue's path is the index of its line in `lines`. Never throws on the
 * lines.
 *
 * Returns `{ ok, value, issues }` (a {@link ParseResult}): `value` is the recipients read, each line without its
 * label, dash and final punctuation (blank lines left out), kept even when the list has errors of form, and
 * `undefined` when there is none. It used to return the issues alone: they are its `issues`.
 *
 * @example
 * ```ts
 * lintRecipientList(["- Bộ Nội vụ;", "- Bộ Tài chính."], { kind: "kinh-gui" });
 * // { ok: true, value: ["Bộ Nội vụ", "Bộ Tài chính"], issues: [] }
 * lintRecipientList(["- Như trên;", "- Lưu: VT, GDTX."], { kind: "noi-nhan", hasKinhGui: true }).issues; // []
 * lintRecipientList(["- Như trên;", "- Bộ trưởng (để b/c);"], { kind: "noi-nhan" }).issues.map((issue) => issue.code);
 * // ["nd30.recipients.punctuation", "nd30.noi-nhan.luu-last"]
 * ```
 */
export const lintRecipientList = (
  lines: readonly string[],
  options: RecipientListOptions,
): ParseResult<readonly string[]> => {
  if (typeof options !== "object" || options === null) {
    throw new DomainError(
      domainErrorCodes.invalidOption,
      'lintRecipientList: options must be an object such as { kind: "noi-nhan", hasKinhGui: true }',
    );
  }
  const t = createTranslator(options);
  const kind: RecipientListKind = options.kind === "noi-nhan" ? "noi-nhan" : "kinh-gui";
  const given: readonly unknown[] = Array.isArray(lines) ? lines : [];
  const list = items(given, kind);
  const issues = listIssues(t, given, list, options);
  return {
    ok: !issues.some((issue) => issue.severity === "error"),
    value: list.length === 0 ? undefined : list.map((item) => item.content),
    issues,
  };
};
