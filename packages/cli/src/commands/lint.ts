import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { CliContext } from "../CliContext.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import { type ExitCode, exitCodes } from "../exitCodes.ts";
import { formatIssue, type ReportedIssue } from "../output/ReportedIssue.ts";
import { tallyIssues } from "../output/tallyIssues.ts";
import { type OutputFormat, say, sayJson } from "./common.ts";

/**
 * `xhht lint <file.docx…>`: the Decree 30 issues of existing documents (ours or typed in Word), each with the part
 * and paragraph it is in. Exit 0 when no issue is an error, 1 when one is, 2 when a file is not a .docx or cannot
 * be read (the others are still checked).
 */
export const lintCommand = async (
  context: CliContext,
  files: readonly string[],
  options: { readonly format: OutputFormat },
): Promise<ExitCode> => {
  const { t, lang } = context;
  const { lintDocx } = await import("@xhht/templates");
  const issues: ReportedIssue[] = [];
  const unreadable: ReportedIssue[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(resolve(context.cwd, file));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason =
        code === "ENOENT" ? t("input.not-found") : code === "EISDIR" ? t("input.is-folder") : (error as Error).message;
      unreadable.push({
        file,
        path: [],
        code: cliErrorCodes.unreadable,
        severity: "error",
        message: t("input.unreadable", { reason }),
        hint: t("input.unreadable.hint"),
      });
      continue;
    }
    for (const issue of lintDocx(bytes, { lang }).issues) {
      const { paragraph, part, excerpt } = issue.params;
      const place =
        typeof paragraph === "number" && typeof part === "string"
          ? t("lint.place", { part, paragraph: paragraph + 1, excerpt: typeof excerpt === "string" ? excerpt : "" })
          : undefined;
      const reported: ReportedIssue = {
        file,
        path: issue.path,
        code: issue.code,
        severity: issue.severity,
        message: issue.message,
        params: issue.params,
        ...(issue.basis === undefined ? {} : { basis: issue.basis }),
        ...(place === undefined ? {} : { place }),
        ...(issue.code === "docx.unreadable" ? { hint: t("lint.unreadable.hint") } : {}),
      };
      (issue.code === "docx.unreadable" ? unreadable : issues).push(reported);
    }
  }
  const { counts, status } = tallyIssues(issues, unreadable);
  const summary = {
    files: files.length,
    ...counts,
  };
  if (options.format === "json") {
    sayJson(context, { ok: status === exitCodes.ok, summary, issues, unreadable });
    return status;
  }
  for (const issue of issues) say(context, formatIssue(issue, t));
  for (const issue of unreadable) context.stderr.write(`${formatIssue(issue, t)}\n`);
  if (issues.length > 0) say(context);
  say(context, t(status === exitCodes.ok ? "lint.summary.ok" : "lint.summary", summary));
  return status;
};
