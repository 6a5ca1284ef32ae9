// Writes docs/rules.md from the rule data of @xhht/domain and the error codes of the four packages; with --check, fails when the file is out of date.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { calendarErrorCodes } from "@xhht/calendar";
import { cliErrorCodes } from "@xhht/cli";
import { domainErrorCodes, legalDocuments, listRules, messages } from "@xhht/domain";
import { templateErrorCodes } from "@xhht/templates";

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
  "Generated from the rule data of `@xhht/domain` and the error code tables of the four packages by `pnpm docs:rules`;",
  "do not edit by hand.",
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
/**
 * The error codes of each package, with what each means: the TSDoc comment on its entry in the package's
 * `*ErrorCodes.ts` table, so the table stays the one place a code is written down.
 */
const errorTables = [
  ["@xhht/calendar", "calendar", "calendarErrorCodes", calendarErrorCodes],
  ["@xhht/domain", "domain", "domainErrorCodes", domainErrorCodes],
  ["@xhht/templates", "templates", "templateErrorCodes", templateErrorCodes],
  ["@xhht/cli", "cli", "cliErrorCodes", cliErrorCodes],
] as const;
const meaningOf = (source: string, key: string, table: string): string => {
  const comment = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*${key}:`).exec(source)?.[1];
  if (comment === undefined) throw new Error(`${table}.${key} has no TSDoc comment to say what it means`);
  return comment
    .replace(/\n\s*\*/g, " ")
    .replace(/\s+/g, " ")
    .trim();
};
const errorRows = errorTables.flatMap(([name, folder, table, codes]) => {
  // The table sits in @xhht/core (src/errorCodes/) or in a folder of the package's src/: found by its name.
  const sourceOf = (where: string) => {
    const src = join(import.meta.dirname, "..", "packages", where, "src");
    const path = readdirSync(src, { recursive: true, encoding: "utf8" }).find(
      (file) => basename(file) === `${table}.ts`,
    );
    return path === undefined ? undefined : readFileSync(join(src, path), "utf8");
  };
  const source = sourceOf("core") ?? sourceOf(folder) ?? "";
  return Object.entries(codes).map(
    ([key, code]) => `| \`${code}\` | ${name} | \`${table}.${key}\` | ${cell(meaningOf(source, key, table))} |`,
  );
});
lines.push(
  "## Error codes",
  "",
  "The errors each package throws rather than returning issues: for a wrong argument, or for input a template or the",
  "`xhht` command cannot use. Each is the `code` of the package's error class (`CalendarError`, `DomainError`,",
  "`TemplateError`, `CliError`; a `CliError` ends the command with exit code 2); its message says what was wrong.",
  "",
  `${errorRows.length} codes in ${errorTables.length} packages.`,
  "",
  "| code | package | constant | meaning |",
  "|---|---|---|---|",
  ...errorRows,
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
