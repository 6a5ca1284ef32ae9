import type { RuleId } from "../data/rules.ts";
import type { Result } from "./Result.ts";

/**
 * How much an issue matters: an `error` makes the data unusable, a `warning` asks for a look, `info` informs.
 *
 * @example
 * ```ts
 * const late = { ...sampleReport2020, submittedAt: "2020-11-02T09:00:00+07:00" };
 * const severity: Severity | undefined = validateReport(late, { directive: directive2020 }).issues[0]?.severity;
 * severity; // "warning"
 * ```
 */
export type Severity = "error" | "warning" | "info";

/**
 * The legal text a rule rests on.
 *
 * @example
 * ```ts
 * const basis: LegalBasis | undefined = getRule("report.late")?.basis;
 * basis; // { document: "Bộ luật Dân sự 2015", article: "Điều 144-148" }
 * ```
 */
export interface LegalBasis {
  readonly document: string;
  readonly article?: string;
}

/**
 * The code of an issue: the id of a registered rule (`listRules()`); where a template reports a date the calendar
 * refuses as an issue of its input, that is the calendar's error code (`calendarErrorCodes`), registered too.
 *
 * @example
 * ```ts
 * const late = { ...sampleReport2020, submittedAt: "2020-11-02T09:00:00+07:00" };
 * const code: IssueCode | undefined = validateReport(late, { directive: directive2020 }).issues[0]?.code;
 * code; // "report.late"
 * ```
 */
export type IssueCode = RuleId;

/**
 * One finding of a validator: which rule, how serious, where in the input, with what values, and in words. `Issue`
 * is any issue; `Issue<"report.late", RuleParams<"report.late">>`, as `createIssue` returns it, is an issue of that
 * rule whose `params` has the names of its message's placeholders.
 *
 * @example
 * ```ts
 * const late = { ...sampleReport2020, submittedAt: "2020-11-02T09:00:00+07:00" };
 * const [issue]: readonly Issue[] = validateReport(late, { directive: directive2020, lang: "en" }).issues;
 * issue?.code; // "report.late"
 * issue?.path; // ["submittedAt"]
 * issue?.params; // { submittedOn: "2020-11-02", lastDay: "2020-10-29", daysLate: 4, workingDaysLate: 2 }
 * const lateIssue = issue as Issue<"report.late", RuleParams<"report.late">>;
 * lateIssue.params.daysLate; // 4
 * ```
 */
export interface Issue<
  Code extends IssueCode = IssueCode,
  Params extends Readonly<Record<string, unknown>> = Readonly<Record<string, unknown>>,
> {
  /** The rule the issue is raised under: its id, also its message key. */
  readonly code: Code;
  readonly severity: Severity;
  readonly path: readonly (string | number)[];
  readonly params: Params;
  readonly basis: LegalBasis | undefined;
  readonly message: string;
}

/**
 * What a validator returns, the validation variant of {@link Result}: never throws on bad data. `value` is the
 * normalised data when there is no error, and `undefined` when there is one.
 *
 * @example
 * ```ts
 * const result: ValidationResult<ProvincialPlan> = validatePlan(samplePlan2020);
 * result.ok; // true
 * result.value?.province; // "36"
 * const shape: Result<ProvincialPlan> = result;
 * ```
 */
export type ValidationResult<T> =
  | (Result<T> & { readonly ok: true; readonly value: T })
  | (Result<T> & { readonly ok: false; readonly value: undefined });
