import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { getRule, listRules } from "@xhht/domain";
import { nd30Profile } from "@xhht/templates";
import { describe, expect, it } from "vitest";

const packages = join(import.meta.dirname, "..", "packages");
const testText = readdirSync(packages, { recursive: true, encoding: "utf8" })
  .filter((file) => file.includes("src") && file.endsWith(".test.ts") && !file.includes("node_modules"))
  .map((file) => readFileSync(join(packages, file), "utf8"))
  .join("\n");

/** The rule ids of the layout profile's values. */
const profileRules = (node: unknown): string[] =>
  typeof node === "object" && node !== null
    ? "rule" in node && typeof node.rule === "string"
      ? [node.rule]
      : Object.values(node).flatMap(profileRules)
    : [];
const layoutRules = listRules().filter((rule) => rule.appliesTo.includes("layout"));

describe("the rules of @xhht/domain", () => {
  it("have unique ids, each found by getRule", () => {
    const ids = listRules().map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(getRule(id)?.id).toBe(id);
  });

  it("are each exercised by a test of some package that names them, but for the layout profile's values", () => {
    const untested = listRules()
      .filter((rule) => !rule.appliesTo.includes("layout"))
      .map((rule) => rule.id)
      .filter((id) => !testText.includes(`"${id}"`));
    expect(untested).toEqual([]);
  });

  it("register every rule id of the layout profile, and a layout rule only for a value of the profile", () => {
    const used = new Set(profileRules(nd30Profile));
    expect([...used].filter((id) => getRule(id) === undefined)).toEqual([]);
    expect(layoutRules.map((rule) => rule.id).filter((id) => !used.has(id))).toEqual([]);
    for (const rule of layoutRules) expect(rule.severity, rule.id).toBe("info");
  });
});
