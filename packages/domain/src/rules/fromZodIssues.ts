import type * as z from "zod/mini";
import type { IssueRuleId } from "../data/rules.ts";
import type { Translate } from "../i18n/createTranslator.ts";
import { createIssue } from "./createIssue.ts";
import { getIssueRule } from "./getIssueRule.ts";
import type { Issue } from "./Issue.ts";

const list = (values: readonly unknown[]) => values.map((value) => JSON.stringify(value)).join(", ");

const describe = (issue: z.core.$ZodIssue, input: unknown): [IssueRuleId, Record<string, unknown>] => {
  if (getIssueRule(issue.message) !== undefined) {
    return [issue.message as IssueRuleId, issue.code === "custom" ? { ...issue.params } : {}];
  }
  switch (issue.code) {
    case "invalid_type":
      return input === undefined ? ["schema.missing", {}] : ["schema.invalid-type", { expected: issue.expected }];
    case "too_small":
      return ["schema.too-small", { minimum: String(issue.minimum) }];
    case "too_big":
      return ["schema.too-big", { maximum: String(issue.maximum) }];
    case "invalid_value":
      return ["schema.invalid-value", { values: list(issue.values) }];
    case "invalid_format":
      return ["schema.invalid-format", { format: issue.format }];
    case "invalid_union":
      return "options" in issue && Array.isArray(issue.options)
        ? ["schema.invalid-value", { values: list(issue.options) }]
        : ["schema.invalid", {}];
    case "unrecognized_keys":
      // A message names at most ten keys: an object with a hundred thousand unknown keys gets a short message.
      return [
        "schema.unknown-key",
        {
          keys:
            issue.keys.length > 10
              ? `${issue.keys.slice(0, 10).join(", ")}, … (${issue.keys.length})`
              : issue.keys.join(", "),
        },
      ];
    default:
      return ["schema.invalid", {}];
  }
};

const valueAt = (root: unknown, path: readonly PropertyKey[]): unknown => {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
};

/** Turns zod's issues into the SDK's issues: a rule id, a path of strings and numbers, parameters and a message. */
export const fromZodIssues = (t: Translate, issues: readonly z.core.$ZodIssue[], input: unknown): Issue[] =>
  issues.map((issue) => {
    const path = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
    const [code, params] = describe(issue, valueAt(input, issue.path));
    return createIssue(t, code, path, params);
  });
