import { basename, extname, relative, resolve } from "node:path";
import type { Directive } from "@xhht/domain";
import type { CliContext } from "../CliContext.ts";
import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import { findEntityKind } from "../entityKinds.ts";
import { type ExitCode, exitCodes } from "../exitCodes.ts";
import { readInputFile } from "../input/readInputFile.ts";
import { checkOutputFile } from "../output/checkOutputFile.ts";
import { formatIssue, fromFailure, fromIssue, whereOf } from "../output/ReportedIssue.ts";
import { renderRecord } from "../renderRecord.ts";
import { findTemplateKind, type TemplateKind, templateKindNames } from "../templateKinds.ts";
import { loadDirective, type OutputFormat, say, writeOutput } from "./common.ts";

/** Options of `xhht generate`. */
export interface GenerateOptions {
  readonly out?: string;
  readonly batch?: string;
  readonly workers?: number;
  readonly directive?: string;
  readonly format: OutputFormat;
  /** Replace output files that already exist with other content (never an input). */
  readonly force?: boolean;
  /** How the user wrote `-o`/`--out`, for the hints; `-o` by default. */
  readonly outOption?: string | undefined;
}

const sizeText = (context: CliContext, bytes: number) =>
  new Intl.NumberFormat(context.lang === "en" ? "en-US" : "vi-VN").format(bytes);

const templateOf = (context: CliContext, name: string): TemplateKind => {
  const template = findTemplateKind(name);
  if (template === undefined) {
    throw new CliError(cliErrorCodes.usage, context.t("generate.unknown-template", { template: name }), {
      hint: context.t("generate.unknown-template.hint", { templates: templateKindNames() }),
    });
  }
  return template;
};

const outputOf = (input: string, options: GenerateOptions) => options.out ?? `${basename(input, extname(input))}.docx`;

const inputsOf = (input: string, options: GenerateOptions) =>
  options.directive === undefined ? [input] : [input, options.directive];

const generateOne = async (
  context: CliContext,
  template: TemplateKind,
  input: string,
  options: GenerateOptions,
  directive: Directive | undefined,
): Promise<ExitCode> => {
  const { t, lang } = context;
  const csv = findEntityKind(template.entity)?.csv ?? false;
  const read = await readInputFile(resolve(context.cwd, input), { t, csv, display: input });
  const [failure] = read.failures;
  if (failure !== undefined) {
    const issue = fromFailure(failure);
    throw new CliError(cliErrorCodes.syntax, issue.message, { file: input, line: failure.line, hint: failure.hint });
  }
  const [record] = read.records;
  if (record === undefined || read.records.length > 1) {
    throw new CliError(cliErrorCodes.usage, t("generate.not-one", { count: read.records.length }), {
      file: input,
      hint: t("generate.not-one.hint", { template: template.id, input }),
    });
  }
  const outcome = await renderRecord(template.id, record.value, { lang, directive });
  const { fieldLabel } = await import("@xhht/domain");
  for (const issue of outcome.issues) {
    say(context, formatIssue(fromIssue(issue, record, t, fieldLabel(issue.path, { lang })), t));
  }
  if (!outcome.ok) {
    if (outcome.issues.length === 0 && outcome.message !== undefined) say(context, outcome.message);
    say(context, t("generate.refused", { file: whereOf({ file: input, line: record.line }) }));
    return exitCodes.issues;
  }
  const written = await writeOutput(context, outputOf(input, options), outcome.bytes, {
    inputs: inputsOf(input, options),
    force: options.force,
    option: options.outOption,
  });
  const file = relative(context.cwd, written.path) || written.path;
  say(
    context,
    written.status === "unchanged"
      ? `✔ ${t("output.unchanged", { file })}`
      : t("generate.written", { file, bytes: sizeText(context, outcome.bytes.length) }),
  );
  return exitCodes.ok;
};

/**
 * `xhht generate <template> <input> [-o out.docx]`, or `--batch <folder|file> [-o folder]`: one document from one
 * record, or one per record on a pool of worker threads. A record that cannot be produced is reported with its
 * file and line and the others are still written. Exit 0 when all were written, 1 when one was refused, 2 for bad
 * usage or a file that cannot be read.
 */
export const generateCommand = async (
  context: CliContext,
  templateName: string,
  input: string | undefined,
  options: GenerateOptions,
): Promise<ExitCode> => {
  const { t } = context;
  const template = templateOf(context, templateName);
  if ((input === undefined) === (options.batch === undefined)) {
    throw new CliError(cliErrorCodes.usage, t("generate.input-or-batch"), { hint: t("generate.input-or-batch.hint") });
  }
  if (input !== undefined) {
    const output = { option: options.outOption ?? "-o" };
    await checkOutputFile(context, outputOf(input, options), inputsOf(input, options), output);
  }
  const directive = await loadDirective(context, options.directive);
  return input !== undefined
    ? generateOne(context, template, input, options, directive)
    : (await import("./generateBatch.ts")).generateBatch(context, template, options.batch ?? "", options, directive);
};
