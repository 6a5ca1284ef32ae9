import fc from "fast-check";
import { expect } from "vitest";
import * as z from "zod/mini";
import { createTranslator } from "../i18n/createTranslator.ts";
import type { Issue } from "../rules/Issue.ts";
import { schemaIssues } from "../rules/schemaIssues.ts";

/**
 * The property of validation in one round, for any validator: refuse any one top-level field of `flawed` (a
 * document with rule issues on several fields) and the call still reports the rule issues it can trust — none on
 * the refused field, none it did not report before, none twice, and all of them when no rule reads that field.
 */
export const expectRulesSurviveRefusal = (subject: {
  readonly schema: z.core.$ZodType;
  readonly validate: (input: unknown) => { readonly issues: readonly Issue[] };
  readonly flawed: Record<string, unknown>;
  /** The fields no rule reads: refusing one takes no rule issue away. */
  readonly unread: readonly string[];
}): void => {
  const { schema, validate, flawed, unread } = subject;
  const t = createTranslator({});
  const before = validate(flawed).issues;
  // Any field but the version, which is migrated rather than refused.
  const fields = Object.keys(flawed).filter((key) => key !== "schemaVersion");
  fc.assert(
    fc.property(fc.constantFrom(...fields), fc.oneof(fc.constant(""), fc.jsonValue()), (key, value) => {
      const input = { ...flawed, [key]: value };
      const refused = z.safeParse(schema, input).error?.issues ?? [];
      if (refused.length === 0 || refused.some((issue) => issue.path[0] !== key)) return;
      const { issues } = validate(input);
      const rules = issues.slice(schemaIssues(t, refused, input).length);
      expect(rules.filter((issue) => issue.path[0] === key)).toEqual([]);
      expect(before).toEqual(expect.arrayContaining(rules));
      expect(new Set(issues.map((issue) => JSON.stringify(issue))).size).toBe(issues.length);
      if (unread.includes(key)) expect(rules).toEqual(before);
    }),
    { numRuns: 300 },
  );
};
