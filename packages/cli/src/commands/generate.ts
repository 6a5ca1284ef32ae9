import { lstat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename, extname, join, relative, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import type { Directive, Issue } from "@xhht/domain";
import type { BatchResult, BatchTask } from "../batchProtocol.ts";
import type { CliContext } from "../CliContext.ts";
import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import { findEntityKind } from "../entityKinds.ts";
import { type ExitCode, exitCodes } from "../exitCodes.ts";
import { expandInputs } from "../input/expandInputs.ts";
import type { InputRecord } from "../input/InputRecord.ts";
import { readInputFile } from "../input/readInputFile.ts";
import { onStopSignal, type StopSignal, stopSignals } from "../interruptSignals.ts";
import { checkOutputFile } from "../output/checkOutputFile.ts";
import { inputIdentities, isInputFile } from "../output/isInputFile.ts";
import { prepareOutputFolder } from "../output/prepareOutputFolder.ts";
import {
  formatIssue,
  fromCliError,
  fromFailure,
  fromIssue,
  type ReportedIssue,
  whereOf,
} from "../output/ReportedIssue.ts";
import { removeTemporaryFiles } from "../output/temporaryFiles.ts";
import { renderRecord } from "../renderRecord.ts";
import { findTemplateKind, type TemplateKind, templateKindNames } from "../templateKinds.ts";
import { loadDirective, type OutputFormat, say, sayJson, writeOutput } from "./common.ts";

/** Options of `xhht generate`. */
export interface GenerateOptions {
  readonly out?: string;
  readonly batch?: string;
  readonly workers?: number;
  readonly directive?: string;
  readonly format: OutputFormat;
  /** Replace output files that already exist with other content (never an input). */
  readonly force?: boolean;
}

const located = (issues: readonly Issue[], record: InputRecord, context: CliContext): ReportedIssue[] =>
  issues.map((issue) => fromIssue(issue, record, context.t));

const sizeText = (context: CliContext, bytes: number) =>
  new Intl.NumberFormat(context.lang === "en" ? "en-US" : "vi-VN").format(bytes);

const templateOf = (context: CliContext, name: string): TemplateKind => {
  const template = findTemplateKind(name);
  if (template === undefined) {
    throw new CliError(
      cliErrorCodes.usage,
      context.t("generate.unknown-template", { template: name }),
      {},
      context.t("generate.unknown-template.hint", { templates: templateKindNames() }),
    );
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
    throw new CliError(cliErrorCodes.syntax, issue.message, { file: input, line: failure.line }, failure.hint);
  }
  const [record] = read.records;
  if (record === undefined || read.records.length > 1) {
    throw new CliError(
      cliErrorCodes.usage,
      t("generate.not-one", { count: read.records.length }),
      { file: input },
      t("generate.not-one.hint", { template: template.id, input }),
    );
  }
  const outcome = await renderRecord(template.id, record.value, { lang, directive });
  for (const issue of located(outcome.issues, record, context)) say(context, formatIssue(issue, t));
  if (!outcome.ok) {
    if (outcome.issues.length === 0 && outcome.message !== undefined) say(context, outcome.message);
    say(context, t("generate.refused", { file: whereOf({ file: input, line: record.line }) }));
    return exitCodes.issues;
  }
  const written = await writeOutput(context, outputOf(input, options), outcome.bytes, {
    inputs: inputsOf(input, options),
    force: options.force,
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

/** The document's file name of each record: `<file>.docx` for a file of one record, `<file>-<n>.docx` otherwise. */
const outputNames = (records: readonly InputRecord[]): string[] => {
  const used = new Set<string>();
  return records.map((record) => {
    const extension = extname(record.file);
    const stem = basename(record.file, extension);
    const width = String(record.count).length;
    const suffix = record.count > 1 ? `-${String(record.index + 1).padStart(width, "0")}` : "";
    let name = `${stem}${suffix}.docx`;
    if (used.has(name)) name = `${stem}${extension.replace(".", "-")}${suffix}.docx`;
    for (let n = 2; used.has(name); n++) name = `${stem}${suffix}-${n}.docx`;
    used.add(name);
    return name;
  });
};

interface Progress {
  /** One record done; on a terminal its lines are shown only when `notable` (a failure or a warning). */
  readonly tick: (lines: readonly string[], notable: boolean) => void;
  readonly stop: () => void;
}

const progressOf = async (context: CliContext, total: number, format: OutputFormat): Promise<Progress> => {
  const { t } = context;
  if (context.stderr.isTTY === true && format === "text") {
    const { MultiBar, Presets } = await import("cli-progress");
    const bars = new MultiBar(
      {
        stream: context.stderr as NodeJS.WritableStream,
        format: `${t("generate.bar")} [{bar}] {percentage}% | {value}/{total} | {eta_formatted}`,
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 20,
      },
      Presets.shades_classic,
    );
    const bar = bars.create(total, 0);
    return {
      tick: (lines, notable) => {
        if (notable) bars.log(`${lines.join("\n")}\n`);
        bar.increment();
      },
      stop: () => bars.stop(),
    };
  }
  const stream = format === "json" ? context.stderr : context.stdout;
  return { tick: (lines) => stream.write(`${lines.join("\n")}\n`), stop: () => {} };
};

const generateBatch = async (
  context: CliContext,
  template: TemplateKind,
  source: string,
  options: GenerateOptions,
  directive: Directive | undefined,
): Promise<ExitCode> => {
  const { t, lang } = context;
  const started = performance.now();
  const csv = findEntityKind(template.entity)?.csv ?? false;
  const folder = resolve(context.cwd, options.out ?? "out");
  await prepareOutputFolder(context, folder, options.out ?? "out", { create: true });
  const inputs = await expandInputs([source], context.cwd, t);
  const records: InputRecord[] = [];
  const failures: ReportedIssue[] = [];
  const unreadable: ReportedIssue[] = [];
  for (const input of inputs) {
    try {
      const read = await readInputFile(input.path, { t, csv, display: input.display });
      records.push(...read.records);
      failures.push(...read.failures.map(fromFailure));
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      unreadable.push(fromCliError(error));
    }
  }
  const names = outputNames(records);
  const tasks: BatchTask[] = records.map((record, id) => ({
    id,
    template: template.id,
    value: record.value,
    out: join(folder, names[id] ?? `${id}.docx`),
    force: options.force === true,
    lang,
    directive,
  }));
  const identities = await inputIdentities([
    ...inputs.map((input) => input.path),
    ...(options.directive === undefined ? [] : [resolve(context.cwd, options.directive)]),
  ]);
  for (const task of tasks) {
    if (await isInputFile(task.out, identities)) {
      const file = relative(context.cwd, task.out) || task.out;
      throw new CliError(cliErrorCodes.output, t("output.is-input", { file }), { file }, t("output.is-input.hint"));
    }
  }
  const total = records.length + failures.length;
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), records.length));
  const progress = await progressOf(context, total, options.format);
  let done = 0;
  let written = 0;
  const results: {
    file: string;
    line: number;
    record?: number;
    ok: boolean;
    out?: string;
    bytes?: number;
    unchanged?: boolean;
    issues: ReportedIssue[];
    message?: string;
  }[] = [];
  const answered = new Set<number>();
  const counter = () => `[${++done}/${total}]`;
  for (const failure of failures) {
    progress.tick([`${counter()} ✖ ${whereOf(failure)}`, `  ${formatIssue(failure, t).replace(/\n/gu, "\n  ")}`], true);
    results.push({ file: failure.file, line: failure.line ?? 0, ok: false, issues: [failure] });
  }
  const stopping = new AbortController();
  let stoppedBy: StopSignal | undefined;
  const release = onStopSignal((signal) => {
    stoppedBy = signal;
    stopping.abort();
  });
  const onResult = (result: BatchResult) => {
    answered.add(result.id);
    const record = records[result.id];
    const task = tasks[result.id];
    if (record === undefined || task === undefined) return;
    const issues = located(result.issues, record, context);
    const where = whereOf({ file: record.file, line: record.line });
    const shown = relative(context.cwd, task.out) || task.out;
    const detail = issues.map((issue) => `  ${formatIssue(issue, t).replace(/\n/gu, "\n  ")}`);
    const base = { file: record.file, line: record.line, ...(record.count > 1 ? { record: record.index + 1 } : {}) };
    if (result.ok) {
      written++;
      const note = result.unchanged === true ? ` (${t("generate.unchanged")})` : "";
      progress.tick([`${counter()} ✔ ${where} → ${shown}${note}`, ...detail], detail.length > 0);
      results.push({
        ...base,
        ok: true,
        out: shown,
        bytes: result.bytes,
        ...(result.unchanged === true ? { unchanged: true } : {}),
        issues,
      });
    } else {
      const text =
        result.refused === undefined
          ? result.message
          : t(result.refused === "exists" ? "generate.exists" : "generate.not-a-file", { file: shown });
      const message = text === undefined ? [] : [`  ${text}`];
      progress.tick([`${counter()} ✖ ${where}: ${t("generate.record-failed")}`, ...detail, ...message], true);
      results.push({
        ...base,
        ok: false,
        issues,
        ...(text === undefined ? {} : { message: text }),
      });
    }
  };
  try {
    await (await import("../runBatchPool.ts")).runBatchPool(tasks, workers, onResult, stopping.signal);
  } finally {
    release();
    progress.stop();
  }
  if (stoppedBy !== undefined) {
    return stopBatch(context, { signal: stoppedBy, tasks, records, answered, written, total, folder, options });
  }
  const elapsed = (performance.now() - started) / 1000;
  const failed = total - written;
  const summary = {
    total,
    written,
    failed,
    unreadable: unreadable.length,
    workers,
    folder: relative(context.cwd, folder) || ".",
    seconds: Math.round(elapsed * 100) / 100,
  };
  const status = unreadable.length > 0 ? exitCodes.usage : failed > 0 ? exitCodes.issues : exitCodes.ok;
  for (const issue of unreadable) context.stderr.write(`${formatIssue(issue, t)}\n`);
  if (options.format === "json") {
    results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    sayJson(context, { ok: status === exitCodes.ok, template: template.id, summary, results, unreadable });
    return status;
  }
  const failedList = results
    .filter((result) => !result.ok)
    .map((result) => whereOf(result))
    .sort();
  const seconds1 = new Intl.NumberFormat(context.lang === "en" ? "en-US" : "vi-VN", { maximumFractionDigits: 1 });
  say(context, t("generate.summary", { ...summary, seconds: seconds1.format(summary.seconds) }));
  if (failedList.length > 0) say(context, t("generate.failed-list", { list: failedList.join(", ") }));
  return status;
};

/** Records as `file:line`, runs of records that follow each other in a file as `file:first–last`. */
const spansOf = (entries: readonly { file: string; line: number; record?: number }[]): string[] => {
  const spans: string[] = [];
  let run: { file: string; first: number; last: number; record: number } | undefined;
  const close = () => {
    if (run !== undefined)
      spans.push(run.first === run.last ? `${run.file}:${run.first}` : `${run.file}:${run.first}–${run.last}`);
  };
  for (const entry of entries) {
    const record = entry.record ?? 1;
    if (run !== undefined && run.file === entry.file && record === run.record + 1) {
      run = { ...run, last: entry.line, record };
      continue;
    }
    close();
    run = { file: entry.file, first: entry.line, last: entry.line, record };
  }
  close();
  return spans;
};

/**
 * Ends a batch stopped by a signal: removes the temporary files its workers left, counts a document whose worker was
 * stopped after it was moved into place (without --force no file was there before), says how many were written and
 * which records were not, and returns the signal's exit code.
 */
const stopBatch = async (
  context: CliContext,
  stopped: {
    readonly signal: StopSignal;
    readonly tasks: readonly BatchTask[];
    readonly records: readonly InputRecord[];
    readonly answered: ReadonlySet<number>;
    readonly written: number;
    readonly total: number;
    readonly folder: string;
    readonly options: GenerateOptions;
  },
): Promise<ExitCode> => {
  const { t } = context;
  const { signal, tasks, records, answered, total, folder, options } = stopped;
  await removeTemporaryFiles(folder);
  let written = stopped.written;
  const notWritten: { file: string; line: number; record?: number }[] = [];
  for (const task of tasks) {
    if (answered.has(task.id)) continue;
    if (options.force !== true && (await lstat(task.out).catch(() => undefined)) !== undefined) {
      written++;
      continue;
    }
    const record = records[task.id];
    if (record !== undefined) {
      notWritten.push({
        file: record.file,
        line: record.line,
        ...(record.count > 1 ? { record: record.index + 1 } : {}),
      });
    }
  }
  const shownFolder = relative(context.cwd, folder) || ".";
  const summary = { signal, total, written, missing: total - written, folder: shownFolder };
  if (options.format === "json") {
    sayJson(context, { ok: false, interrupted: signal, summary, notWritten });
  } else {
    say(context, t("generate.interrupted", summary));
    if (notWritten.length > 0) {
      say(context, t("generate.not-written-list", { list: spansOf(notWritten).join(", ") }));
    }
  }
  return stopSignals[signal];
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
    throw new CliError(cliErrorCodes.usage, t("generate.input-or-batch"), {}, t("generate.input-or-batch.hint"));
  }
  if (input !== undefined) await checkOutputFile(context, outputOf(input, options), inputsOf(input, options));
  const directive = await loadDirective(context, options.directive);
  return input !== undefined
    ? generateOne(context, template, input, options, directive)
    : generateBatch(context, template, options.batch ?? "", options, directive);
};
