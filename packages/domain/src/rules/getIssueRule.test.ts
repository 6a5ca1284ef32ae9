import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getIssueRule } from "./getIssueRule.ts";
import { getRule } from "./getRule.ts";
import { listRules } from "./listRules.ts";

describe("getIssueRule", () => {
  it("has the severity and basis getRule has for every rule but the layout ones, and nothing for those", () => {
    for (const rule of listRules()) {
      const issueRule = getIssueRule(rule.id);
      if (rule.kind === "layout") expect(issueRule, rule.id).toBeUndefined();
      else
        expect({ severity: issueRule?.severity, basis: issueRule?.basis }, rule.id).toEqual({
          severity: rule.severity,
          basis: rule.basis,
        });
    }
  });

  it("finds no rule getRule does not know", () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        if (getRule(id) === undefined) expect(getIssueRule(id)).toBeUndefined();
      }),
    );
  });
});
