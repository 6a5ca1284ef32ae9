// Writes docs/rules.md from the rule data of @xhht/domain; with --check, fails when the file is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { legalDocuments, listRules, messages } from "@xhht/domain";

const file = join(import.meta.dirname, "..", "docs", "rules.md");
const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

const groups = new Map<string, ReturnType<typeof listRules>[number][]>();
/** The layout profile's values that no check reports have a group of their own. */
const layout = "layout";
for (const rule of listRules()) {
  const group = rule.appliesTo.includes(layout) ? layout : (rule.id.split(".")[0] ?? rule.id);
  groups.set(group, [...(groups.get(group) ?? []), rule]);
}

const lines = [
  "# Rules reference",
  "",
  "Generated from the rule data of `@xhht/domain` by `pnpm docs:rules`; do not edit by hand.",
  "Each rule has a stable id (also its message key), a severity, the legal basis it rests on and the kinds of data it",
  "applies to. Messages show their parameters as `{{name}}`.",
  "",
  `${listRules().length} rules in ${groups.size} groups.`,
  "",
];
/**
 * A message as a reader of the reference wants it: nested words (`$t(count.days, {"count": {{days}} })`) written
 * out in their plural form with the parameter's name (`{{days}} days`), a type's name as its parameter.
 */
const readable = (table: Readonly<Record<string, string>>, key: string): string =>
  (table[key] ?? "").replace(
    /\$t\(([^,()]+),\s*\{[^()]*?\{\{(\w+)\}\}[^()]*?\}\s*\)/g,
    (_, nested: string, param: string) =>
      nested.includes("{{")
        ? `{{${param}}}`
        : (table[`${nested}_other`] ?? nested).replace("{{count}}", `{{${param}}}`),
  );

const basisOf = (rule: ReturnType<typeof listRules>[number]): string =>
  rule.basis ? [rule.basis.document, rule.basis.article].filter(Boolean).join(", ") : "—";

for (const [group, rules] of groups) {
  if (group === layout) {
    lines.push(
      "## layout",
      "",
      "The values `nd30Profile` of `@xhht/templates` lays documents out with that `lintDocx` does not check: no issue",
      "carries these ids, so they are `info` and have no message; a basis of «—» marks the SDK's choice where the decree",
      "has no words. The profile's other values (margins, the body's size, the «Nơi nhận» sizes …) are checked, under the",
      "same id, in the groups above.",
      "",
      "| id | severity | basis |",
      "|---|---|---|",
      ...rules.map((rule) => `| \`${rule.id}\` | ${rule.severity} | ${cell(basisOf(rule))} |`),
      "",
    );
    continue;
  }
  lines.push(
    `## ${group}`,
    "",
    "| id | severity | basis | applies to | message (vi) | message (en) |",
    "|---|---|---|---|---|---|",
  );
  for (const rule of rules) {
    const basis = basisOf(rule);
    const vi = cell(readable(messages.vi, rule.id));
    const en = cell(readable(messages.en, rule.id));
    lines.push(`| \`${rule.id}\` | ${rule.severity} | ${cell(basis)} | ${rule.appliesTo.join(", ")} | ${vi} | ${en} |`);
  }
  lines.push("");
}
lines.push(
  "## Documents the rules rest on",
  "",
  "From `legalDocuments`: who issued each document named in a basis, and when.",
  "",
  "| document | issued by | date | where to read it |",
  "|---|---|---|---|",
  ...legalDocuments.map((entry) => {
    const date = "date" in entry ? entry.date : "—";
    const link = "url" in entry ? `<${entry.url}>` : "—";
    return `| ${cell(entry.document)} | ${cell(entry.issuer)} | ${date} | ${link} |`;
  }),
  "",
);
const text = lines.join("\n");

if (process.argv.includes("--check")) {
  const current = readFileSync(file, "utf8");
  if (current !== text) {
    console.error("docs/rules.md is out of date: run `pnpm docs:rules` and commit the result");
    process.exit(1);
  }
  console.log("docs/rules.md matches the rule data");
} else {
  writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
