import { directive2020, fieldLabel, loadLanguage } from "@xhht/domain";
import type { CliContext } from "../CliContext.ts";
import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import { entityKindNames, findEntityKind } from "../entityKinds.ts";
import { type ExitCode, exitCodes } from "../exitCodes.ts";
import { formatIssue, fromFailure, fromIssue, type ReportedIssue } from "../output/ReportedIssue.ts";
import { tallyIssues } from "../output/tallyIssues.ts";
import { pickDirective } from "../pickDirective.ts";
import { loadDirective, type OutputFormat, say, sayJson } from "./common.ts";
import { InputCollection } from "./InputCollection.ts";

/** Options of `xhht validate`. */
export interface ValidateOptions {
  readonly format: OutputFormat;
  readonly directive?: string;
}

/**
 * `xhht validate <kind> <file…>`: checks every record of every file with the entity's validator and prints every
 * issue with its file, line, path, rule id and message. Exit 0 when no issue is an error, 1 when one is, 2 when a
 * file cannot be read (the others are still checked).
 */
export const validateCommand = async (
  context: CliContext,
  kindName: string,
  files: readonly string[],
  options: ValidateOptions,
): Promise<ExitCode> => {
  const { t, lang } = context;
  const kind = findEntityKind(kindName);
  if (kind === undefined) {
    throw new CliError(cliErrorCodes.usage, t("validate.unknown-kind", { kind: kindName }), {
      hint: t("validate.unknown-kind.hint", { kinds: entityKindNames() }),
    });
  }
  // The built command takes @xhht/domain's messages language by language (scripts/bundleCommand.ts).
  await loadLanguage(lang);
  const directive = await loadDirective(context, options.directive);
  const inputs = new InputCollection(context, kind.csv);
  const issues: ReportedIssue[] = [];
  let recordCount = 0;
  for (const given of files) {
    for (const input of await inputs.expand(given)) {
      const read = await inputs.read(input);
      if (read === undefined) continue;
      issues.push(...read.failures.map(fromFailure));
      recordCount += read.records.length + read.failures.length;
      for (const record of read.records) {
        const picked = pickDirective(record.value, directive, directive2020);
        const result = kind.validate(record.value, { lang, directive: picked });
        issues.push(...result.issues.map((issue) => fromIssue(issue, record, t, fieldLabel(issue.path, { lang }))));
      }
    }
  }
  const { unreadable } = inputs;
  const { counts, status } = tallyIssues(issues, unreadable);
  const summary = {
    files: inputs.paths.length,
    records: recordCount,
    ...counts,
  };
  if (options.format === "json") {
    sayJson(context, { ok: status === exitCodes.ok, kind: kind.name, summary, issues, unreadable });
    return status;
  }
  for (const issue of issues) say(context, formatIssue(issue, t));
  for (const issue of unreadable) context.stderr.write(`${formatIssue(issue, t)}\n`);
  if (issues.length > 0) say(context);
  say(
    context,
    t(status === exitCodes.ok ? "validate.summary.ok" : "validate.summary", { kind: kind.name, ...summary }),
  );
  return status;
};
