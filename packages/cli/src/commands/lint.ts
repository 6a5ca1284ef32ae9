import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Issue } from "@xhht/domain";
import type { CliContext } from "../CliContext.ts";
import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import type { CliTranslate } from "../createCliTranslator.ts";
import { type ExitCode, exitCodes } from "../exitCodes.ts";
import { checkOutputFile } from "../output/checkOutputFile.ts";
import { formatIssue, type ReportedIssue } from "../output/ReportedIssue.ts";
import { tallyIssues } from "../output/tallyIssues.ts";
import { type OutputFormat, say, sayJson, writeOutput } from "./common.ts";

/** The options of `xhht lint`. */
export interface LintOptions {
  readonly format: OutputFormat;
  readonly fix?: boolean | undefined;
  readonly out?: string | undefined;
  readonly force?: boolean | undefined;
}

/** Where `--fix` writes a file's fixed copy without `-o`: `letter.docx` → `letter.fixed.docx`, next to it. */
const fixedNameOf = (file: string): string => file.replace(/(?:\.docx)?$/iu, ".fixed.docx");

/** Where an issue is, for people: its part and paragraph with an excerpt, or its part and section. */
const placeOf = (issue: Issue, t: CliTranslate): string | undefined => {
  const { paragraph, part, excerpt, section } = issue.params;
  if (typeof paragraph === "number" && typeof part === "string") {
    return t("lint.place", { part, paragraph: paragraph + 1, excerpt: typeof excerpt === "string" ? excerpt : "" });
  }
  const [name, sections] = issue.path;
  if (typeof name === "string" && sections === "sections" && typeof section === "number") {
    return t("lint.section", { part: name, section });
  }
  return undefined;
};

const reportedOf = (issue: Issue, file: string, t: CliTranslate): ReportedIssue => {
  const place = placeOf(issue, t);
  return {
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
};

const checkFixOptions = (context: CliContext, files: readonly string[], options: LintOptions): void => {
  const { t } = context;
  if (options.fix !== true && (options.out !== undefined || options.force === true)) {
    throw new CliError(cliErrorCodes.usage, t("lint.fix.out-without-fix"), {}, t("lint.fix.out-without-fix.hint"));
  }
  if (options.out !== undefined && files.length !== 1) {
    throw new CliError(cliErrorCodes.usage, t("lint.fix.out-with-files"), {}, t("lint.fix.out-with-files.hint"));
  }
};

/**
 * `xhht lint <file.docx…> [--fix [-o fixed.docx] [--force]]`: the Decree 30 issues of existing documents (ours or
 * typed in Word), each with the part and paragraph it is in. With `--fix`, what `fixDocx` can fix is fixed into
 * `file.fixed.docx` (or `-o`), never over the input, written atomically and replacing an existing file only with
 * `--force`; what was fixed and what remains are printed. Exit 0 when no issue (left) is an error, 1 when one is, 2
 * when a file is not a .docx or cannot be read (the others are still checked) or an output cannot be written.
 */
export const lintCommand = async (
  context: CliContext,
  files: readonly string[],
  options: LintOptions,
): Promise<ExitCode> => {
  const { t, lang } = context;
  checkFixOptions(context, files, options);
  const fixing = options.fix === true;
  const outputs = new Map(files.map((file) => [file, options.out ?? fixedNameOf(file)]));
  if (fixing) for (const output of new Set(outputs.values())) await checkOutputFile(context, output, files);
  const [{ fixDocx, lintDocx }, { formatIssuePath }] = await Promise.all([
    import("@xhht/templates"),
    import("@xhht/domain"),
  ]);
  const issues: ReportedIssue[] = [];
  const unreadable: ReportedIssue[] = [];
  const fixed: ReportedIssue[] = [];
  const written: { file: string; output: string; fixed: number; remaining: number }[] = [];
  const untouched: string[] = [];
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
    let found: readonly Issue[];
    if (fixing) {
      const result = fixDocx(bytes, { lang });
      found = result.remaining;
      const output = outputs.get(file) ?? fixedNameOf(file);
      if (result.fixed.length > 0) {
        await writeOutput(context, output, result.bytes, { inputs: files, force: options.force });
        fixed.push(...result.fixed.map((issue) => reportedOf(issue, file, t)));
        written.push({ file, output, fixed: result.fixed.length, remaining: result.remaining.length });
      } else if (!found.some((issue) => issue.code.startsWith("docx."))) untouched.push(file);
    } else found = lintDocx(bytes, { lang }).issues;
    for (const issue of found) {
      (issue.code === "docx.unreadable" ? unreadable : issues).push(reportedOf(issue, file, t));
    }
  }
  const { counts, status } = tallyIssues(issues, unreadable);
  const summary = { files: files.length, ...counts };
  if (options.format === "json") {
    const fixes = fixing ? { fixed, written } : {};
    sayJson(context, { ok: status === exitCodes.ok, summary, issues, unreadable, ...fixes });
    return status;
  }
  for (const issue of fixed) {
    say(
      context,
      t("lint.fixed", { file: issue.file, code: issue.code, where: issue.place ?? formatIssuePath(issue.path) }),
    );
  }
  for (const issue of issues) say(context, formatIssue(issue, t));
  for (const issue of unreadable) context.stderr.write(`${formatIssue(issue, t)}\n`);
  if (issues.length > 0 || fixed.length > 0) say(context);
  for (const file of untouched) say(context, t("lint.fix.nothing", { file }));
  for (const entry of written) say(context, t("lint.fix.written", { ...entry, file: entry.output }));
  say(context, t(status === exitCodes.ok ? "lint.summary.ok" : "lint.summary", summary));
  return status;
};
