import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as calendar from "@xhht/calendar";
import * as cli from "@xhht/cli";
import * as core from "@xhht/core";
import * as domain from "@xhht/domain";
import { getRule, type IssueCode, listRules, messages, type RuleTarget } from "@xhht/domain";
import * as templates from "@xhht/templates";
import { nd30Profile } from "@xhht/templates";
import { describe, expect, it } from "vitest";

const packages = join(import.meta.dirname, "..", "packages");
const files = readdirSync(packages, { recursive: true, encoding: "utf8" }).filter(
  (file) => file.includes("src") && file.endsWith(".ts") && !file.includes("node_modules"),
);
const testText = files
  .filter((file) => file.endsWith(".test.ts"))
  .map((file) => readFileSync(join(packages, file), "utf8"))
  .join("\n");
/** The code of the packages, tests left out: what raises issues. */
const sources = files
  .filter((file) => /(^|[/\\])src[/\\]/u.test(file) && !/\.test(-d)?\.ts$/u.test(file))
  .map((file) => ({ file, text: readFileSync(join(packages, file), "utf8") }));

/**
 * The issue codes a source names where it raises them: the code of `createIssue(t, "…")`, the message of a zod check
 * (`message: "…"`, which `fromZodIssues` turns into the issue's code), and any `"nd30.…"` or `"docx.…"` literal (the
 * namespaces of the Decree 30 and .docx rules, the linter's codes and the layout profile's rule ids).
 */
const namedIds = (text: string): { id: string; raised: boolean }[] => [
  ...[...text.matchAll(/createIssue\(\s*\w+,\s*"([^"]+)"/gu)].map((match) => ({ id: match[1] ?? "", raised: true })),
  ...[...text.matchAll(/\bmessage: "([a-z][a-z0-9-]*(?:\.[a-z0-9-]+)+)"/gu)].map((match) => ({
    id: match[1] ?? "",
    raised: true,
  })),
  ...[...text.matchAll(/"((?:nd30|docx)(?:\.[a-z0-9-]+)+)"/gu)].map((match) => ({ id: match[1] ?? "", raised: false })),
];

/** The rule ids of the layout profile's values. */
const profileRules = (node: unknown): string[] =>
  typeof node === "object" && node !== null
    ? "rule" in node && typeof node.rule === "string"
      ? [node.rule]
      : Object.values(node).flatMap(profileRules)
    : [];
const layoutRules = listRules().filter((rule) => rule.appliesTo.includes("layout"));

/** Every error code table a package exports (`calendarErrorCodes` …), by its name: the codes errors are thrown with. */
const errorTables = new Map(
  [core, calendar, domain, templates, cli].flatMap((module) =>
    Object.entries(module).flatMap(([name, value]) =>
      name.endsWith("ErrorCodes") ? [[name, value as Readonly<Record<string, string>>] as const] : [],
    ),
  ),
);
/** Every code of the error code tables. */
const errorCodes = new Set([...errorTables.values()].flatMap((codes) => Object.values(codes)));

describe("the rules of @xhht/domain", () => {
  it("have unique ids, each found by getRule", () => {
    const ids = listRules().map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(getRule(id)?.id).toBe(id);
  });

  it("are each exercised by a test of some package that names them, the issue rules (not layout values or errors)", () => {
    const untested = listRules()
      .filter((rule) => rule.kind === "issue")
      .map((rule) => rule.id)
      .filter((id) => !testText.includes(`"${id}"`));
    expect(untested).toEqual([]);
  });

  it("have each a message in both languages, but for the layout profile's values", () => {
    const described = messages as Readonly<Record<"vi" | "en", Readonly<Record<string, string>>>>;
    const missing = listRules()
      .filter((rule) => rule.kind !== "layout")
      .flatMap((rule) =>
        (["vi", "en"] as const).filter((lang) => !described[lang][rule.id]).map((lang) => `${lang}: ${rule.id}`),
      );
    expect(missing).toEqual([]);
  });

  it("register every code of every error code table of the packages as an error, and only those", () => {
    expect([...errorTables.keys()].sort()).toEqual([
      "calendarErrorCodes",
      "cliErrorCodes",
      "domainErrorCodes",
      "templateErrorCodes",
    ]);
    expect(errorCodes.size).toBe(36);
    const unregistered = [...errorCodes].filter((code) => {
      const rule = getRule(code);
      return rule?.kind !== "error" || rule.severity !== "error";
    });
    expect(unregistered).toEqual([]);
    const errors = listRules().filter((rule) => rule.kind === "error");
    expect(errors.map((rule) => rule.id).filter((id) => !errorCodes.has(id))).toEqual([]);
  });

  it("find a rule by a former id under its current id", () => {
    expect(getRule("nd30.stamp.colour")?.id).toBe("nd30.stamp.color");
    expect(listRules().map((rule) => rule.id)).not.toContain("nd30.stamp.colour");
  });

  it("register every rule id of the layout profile, and a layout rule only for a value of the profile", () => {
    const used = new Set(profileRules(nd30Profile));
    expect([...used].filter((id) => getRule(id) === undefined)).toEqual([]);
    expect(layoutRules.map((rule) => rule.id).filter((id) => !used.has(id))).toEqual([]);
    for (const rule of layoutRules) expect(rule.severity, rule.id).toBe("info");
  });

  it("find the issue codes a source names", () => {
    const text = `createIssue(t, "text.blank", path); z.string().regex(re, { message: "code.format" }); rule: "nd30.x.y"`;
    expect(namedIds(text)).toEqual([
      { id: "text.blank", raised: true },
      { id: "code.format", raised: true },
      { id: "nd30.x.y", raised: false },
    ]);
  });

  it("register every issue code the packages' code names, and each code an issue carries has a message", () => {
    const named = sources.flatMap(({ file, text }) => namedIds(text).map((entry) => ({ ...entry, file })));
    expect(named.length).toBeGreaterThan(100);
    expect(named.filter(({ id }) => getRule(id) === undefined).map(({ id, file }) => `${file}: ${id}`)).toEqual([]);
    const layout = new Set<string>(layoutRules.map((rule) => rule.id));
    expect(named.filter(({ id, raised }) => raised && layout.has(id)).map(({ id, file }) => `${file}: ${id}`)).toEqual(
      [],
    );
  });

  it("type their ids and targets: a code or target that is not registered does not compile", () => {
    // @ts-expect-error: no rule has this id
    const code: IssueCode = "report.unknown";
    // @ts-expect-error: no rule applies to this
    const target: RuleTarget = "anything";
    expect([getRule(code), listRules().filter((rule) => rule.appliesTo.includes(target))]).toEqual([undefined, []]);
  });
});
