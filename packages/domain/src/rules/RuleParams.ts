import type { RuleId } from "../data/rules.ts";
import type { en } from "../i18n/locales/en.ts";

/** The names of the `{{name}}` placeholders of a message. */
type PlaceholdersOf<Message> = Message extends `${string}{{${infer Name}}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never;

type Messages = typeof en;
/** A rule's own English message (`never` for a layout rule, which has none). */
type MessageOf<Id extends string> = Messages[Extract<keyof Messages, Id>];
/** The English variants of a rule's message by context (`<id>_<context>`). */
type VariantsOf<Id extends string> = Messages[Extract<keyof Messages, `${Id}_${string}`>];

/**
 * The parameters of the issues a rule raises: one per `{{name}}` placeholder of its message, read from the English
 * locale at compile time, and optional ones for the placeholders only a variant of its message has (`<id>_<context>`).
 * A rule whose message has none (a layout rule, an error code, `text.blank`) takes `{}`. `createIssue` requires them;
 * an issue may carry more.
 *
 * @example
 * ```ts
 * const params: RuleParams<"report.late"> = { submittedOn: "2020-11-02", lastDay: "2020-10-29", daysLate: 4, workingDaysLate: 2 };
 * const none: RuleParams<"text.blank"> = {};
 * Object.keys(params).length; // 4
 * ```
 */
export type RuleParams<Id extends RuleId> = Id extends RuleId
  ? { readonly [Name in PlaceholdersOf<MessageOf<Id>>]: unknown } & {
      readonly [Name in Exclude<PlaceholdersOf<VariantsOf<Id>>, PlaceholdersOf<MessageOf<Id>>>]?: unknown;
    }
  : never;
