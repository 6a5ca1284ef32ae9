import type { RuleId } from "../data/rules.ts";
import type { messages } from "../i18n/messages.ts";

/**
 * The names of the `{{name}}` placeholders of a message, as a union of string literals.
 *
 * @example
 * ```ts
 * const name: MessagePlaceholders<"Nộp ngày {{submittedOn}}, hạn {{lastDay}}"> = "lastDay";
 * name; // "lastDay"
 * ```
 */
export type MessagePlaceholders<Message> = Message extends `${string}{{${infer Name}}}${infer Rest}`
  ? Name | MessagePlaceholders<Rest>
  : never;

/**
 * A rule's own English message, as its literal type (`never` for a layout rule, which has none).
 *
 * @example
 * ```ts
 * const message: RuleMessage<"text.blank"> = messages.en["text.blank"];
 * typeof message; // "string"
 * ```
 */
export type RuleMessage<Id extends string> = (typeof messages.en)[Extract<keyof typeof messages.en, Id>];
/**
 * The English variants of a rule's message by context (`<id>_<context>`), as their literal types; `never` when the
 * rule has none.
 *
 * @example
 * ```ts
 * const variants: RuleMessageVariants<"text.blank">[] = [];
 * variants.length; // 0
 * ```
 */
export type RuleMessageVariants<Id extends string> = (typeof messages.en)[Extract<
  keyof typeof messages.en,
  `${Id}_${string}`
>];

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
  ? { readonly [Name in MessagePlaceholders<RuleMessage<Id>>]: unknown } & {
      readonly [Name in Exclude<
        MessagePlaceholders<RuleMessageVariants<Id>>,
        MessagePlaceholders<RuleMessage<Id>>
      >]?: unknown;
    }
  : never;
