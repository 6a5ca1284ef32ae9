// Writes docs/rules.md from the rule registry of @xhht/domain (listRules, its messages in both languages, the former
// ids); with --check, fails when the file is out of date.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { calendarErrorCodes } from "@xhht/calendar";
import { cliErrorCodes } from "@xhht/cli";
import { deprecatedRuleIds, domainErrorCodes, legalDocuments, listRules, messages } from "@xhht/domain";
import { templateErrorCodes } from "@xhht/templates";

const file = join(import.meta.dirname, "..", "docs", "rules.md");
const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

const groups = new Map<string, ReturnType<typeof listRules>[number][]>();
/** The layout profile's values that no check reports have a group of their own. */
const layout = "layout";
const errors = listRules().filter((rule) => rule.kind === "error");
for (const rule of listRules()) {
  if (rule.kind === "error") continue;
  const group = rule.kind === "layout" ? layout : (rule.id.split(".")[0] ?? rule.id);
  groups.set(group, [...(groups.get(group) ?? []), rule]);
}

const lines = [
  "# Rules reference",
  "",
  "Generated from the rule registry of `@xhht/domain` (`listRules()` and its messages) by `pnpm docs:rules`; do not",
  "edit by hand.",
  "Each rule has a stable id (also its message key), a kind (`issue`, `layout` or `error`), a severity, the legal basis",
  "it rests on and the kinds of data it applies to. Messages show their parameters as `{{name}}`.",
  "",
  `${listRules().length} rules: ${listRules().length - errors.length - (groups.get(layout)?.length ?? 0)} issue rules and ${groups.get(layout)?.length ?? 0} layout values in ${groups.size} groups, and ${errors.length} error codes.`,
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
/** The constant each error code is written as in its package's table (`cliErrorCodes.usage`). */
const errorTables = [
  ["@xhht/calendar", "calendarErrorCodes", calendarErrorCodes],
  ["@xhht/domain", "domainErrorCodes", domainErrorCodes],
  ["@xhht/templates", "templateErrorCodes", templateErrorCodes],
  ["@xhht/cli", "cliErrorCodes", cliErrorCodes],
] as const;
const constants = new Map<string, readonly [string, string]>(
  errorTables.flatMap(([name, table, codes]) =>
    Object.entries(codes).map(([key, code]) => [code, [name, `${table}.${key}`]] as const),
  ),
);
const errorRows = errors.map((rule) => {
  const [name, constant] = constants.get(rule.id) ?? ["—", "—"];
  const vi = cell(readable(messages.vi, rule.id));
  const en = cell(readable(messages.en, rule.id));
  return `| \`${rule.id}\` | ${name} | \`${constant}\` | ${cell(basisOf(rule))} | ${vi} | ${en} |`;
});
lines.push(
  "## Error codes",
  "",
  'The errors each package throws rather than returning issues (`kind: "error"`, severity `error`): for a wrong',
  "argument, or for input a template or the `xhht` command cannot use. Each is the `code` of the package's error class",
  "(`CalendarError`, `DomainError`, `TemplateError`, `CliError`; a `CliError` ends the command with exit code 2) and",
  "the meaning below is its message key's; the thrown error's own message says what was wrong. A calendar code is also",
  "the code of an issue where a template reports a date or place the calendar refuses.",
  "",
  `${errorRows.length} codes in ${errorTables.length} packages.`,
  "",
  "| code | package | constant | basis | meaning (vi) | meaning (en) |",
  "|---|---|---|---|---|---|",
  ...errorRows,
  "",
);
lines.push(
  "## Former ids",
  "",
  "A renamed rule keeps its former id as a deprecated alias: `getRule` finds the rule by it (`deprecatedRuleIds`);",
  "issues carry the current id.",
  "",
  "| former id | current id |",
  "|---|---|",
  ...Object.entries(deprecatedRuleIds).map(([former, id]) => `| \`${former}\` | \`${id}\` |`),
  "",
);
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
