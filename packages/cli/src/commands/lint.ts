import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Issue } from "@xhht/domain";
import type { CliContext } from "../CliContext.ts";
import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import type { CliTranslate } from "../createCliTranslator.ts";
import { type ExitCode, exitCodes } from "../exitCodes.ts";
import { unreadableReason } from "../input/unreadableReason.ts";
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
  /** How the user wrote `-o`/`--out`, for the hints; `-o` by default. */
  readonly outOption?: string | undefined;
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
    throw new CliError(cliErrorCodes.usage, t("lint.fix.out-without-fix"), {
      hint: t("lint.fix.out-without-fix.hint"),
    });
  }
  if (options.out !== undefined && files.length !== 1) {
    throw new CliError(cliErrorCodes.usage, t("lint.fix.out-with-files"), { hint: t("lint.fix.out-with-files.hint") });
  }
};

type Templates = typeof import("@xhht/templates");

/** What `xhht lint` has found and fixed so far, file after file. */
class LintRun {
  readonly issues: ReportedIssue[] = [];
  /** The files that cannot be read, or are not a .docx. */
  readonly unreadable: ReportedIssue[] = [];
  /** With `--fix`: what was fixed, the fixed copies written, and the files with nothing to fix. */
  readonly fixed: ReportedIssue[] = [];
  readonly written: { file: string; output: string; fixed: number; remaining: number }[] = [];
  readonly untouched: string[] = [];

  constructor(
    private readonly context: CliContext,
    private readonly templates: Templates,
    private readonly files: readonly string[],
    /** With `--fix`: where each file's fixed copy goes, and whether it may replace a file with other content. */
    private readonly fixing:
      | {
          readonly outputs: ReadonlyMap<string, string>;
          readonly force?: boolean | undefined;
          /** `-o` as the user wrote it, for the hints. */
          readonly option: string;
        }
      | undefined,
  ) {}

  /** Lints (or fixes) one file. */
  async check(file: string): Promise<void> {
    const { t } = this.context;
    const bytes = await this.read(file);
    if (bytes === undefined) return;
    const found =
      this.fixing === undefined
        ? this.templates.lintDocx(bytes, { lang: this.context.lang }).issues
        : await this.fix(file, bytes, this.fixing);
    for (const issue of found) {
      (issue.code === "docx.unreadable" ? this.unreadable : this.issues).push(reportedOf(issue, file, t));
    }
  }

  /** The file's bytes, or `undefined` when it cannot be read (noted). */
  private async read(file: string): Promise<Uint8Array | undefined> {
    const { t } = this.context;
    try {
      return await readFile(resolve(this.context.cwd, file));
    } catch (error) {
      this.unreadable.push({
        file,
        path: [],
        code: cliErrorCodes.unreadable,
        severity: "error",
        message: t("input.unreadable", { reason: unreadableReason(error, t) }),
        hint: t("input.unreadable.hint"),
      });
      return undefined;
    }
  }

  /** Fixes what can be fixed into the file's fixed copy (written only when something was); the issues that remain. */
  private async fix(
    file: string,
    bytes: Uint8Array,
    fixing: NonNullable<LintRun["fixing"]>,
  ): Promise<readonly Issue[]> {
    const { t } = this.context;
    const result = this.templates.fixDocx(bytes, { lang: this.context.lang });
    const output = fixing.outputs.get(file) ?? fixedNameOf(file);
    if (result.fixed.length > 0 && result.value !== undefined) {
      await writeOutput(this.context, output, result.value, {
        inputs: this.files,
        force: fixing.force,
        option: fixing.option,
      });
      this.fixed.push(...result.fixed.map((issue) => reportedOf(issue, file, t)));
      this.written.push({ file, output, fixed: result.fixed.length, remaining: result.issues.length });
    } else if (!result.issues.some((issue) => issue.code.startsWith("docx."))) this.untouched.push(file);
    return result.issues;
  }
}

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
  const { t } = context;
  checkFixOptions(context, files, options);
  const fixing = options.fix === true;
  const outputs = new Map(files.map((file) => [file, options.out ?? fixedNameOf(file)]));
  const option = options.outOption ?? "-o";
  if (fixing) for (const output of new Set(outputs.values())) await checkOutputFile(context, output, files, { option });
  const [templates, { formatIssuePath }] = await Promise.all([import("@xhht/templates"), import("@xhht/domain")]);
  const run = new LintRun(context, templates, files, fixing ? { outputs, force: options.force, option } : undefined);
  for (const file of files) await run.check(file);
  const { issues, unreadable, fixed, written, untouched } = run;
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
