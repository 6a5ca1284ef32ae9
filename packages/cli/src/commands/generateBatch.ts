import { lstat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename, extname, join, relative, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import type { Directive } from "@xhht/domain";
import type { BatchResult, BatchTask } from "../batchProtocol.ts";
import type { CliContext } from "../CliContext.ts";
import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import { findEntityKind } from "../entityKinds.ts";
import { type ExitCode, exitCodes } from "../exitCodes.ts";
import { expandInputs } from "../input/expandInputs.ts";
import type { InputRecord } from "../input/InputRecord.ts";
import { onStopSignal, type StopSignal, stopSignals } from "../interruptSignals.ts";
import { inputIdentities, isInputFile } from "../output/isInputFile.ts";
import { prepareOutputFolder } from "../output/prepareOutputFolder.ts";
import { formatIssue, fromIssue, type ReportedIssue, recordSource, whereOf } from "../output/ReportedIssue.ts";
import { removeTemporaryFiles } from "../output/temporaryFiles.ts";
import type { TemplateKind } from "../templateKinds.ts";
import { type OutputFormat, say, sayJson } from "./common.ts";
import type { GenerateOptions } from "./generate.ts";
import { InputCollection } from "./InputCollection.ts";

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

/** One record's outcome, as `--format json` lists it. */
interface RecordResult {
  file: string;
  line: number;
  record?: number;
  ok: boolean;
  out?: string;
  bytes?: number;
  unchanged?: boolean;
  issues: ReportedIssue[];
  message?: string;
}

/** An issue's lines under a record's line of the progress: indented, each line of it. */
const indented = (issue: ReportedIssue, context: CliContext) =>
  `  ${formatIssue(issue, context.t).replace(/\n/gu, "\n  ")}`;

/**
 * What a batch has done so far: the records answered, the documents written, each record's result, and the
 * progress line of each (`[done/total] ✔ file:line → out`).
 */
class BatchLog {
  readonly results: RecordResult[] = [];
  readonly answered = new Set<number>();
  written = 0;
  private done = 0;

  constructor(
    private readonly context: CliContext,
    private readonly progress: Progress,
    readonly total: number,
    private readonly records: readonly InputRecord[],
    private readonly tasks: readonly BatchTask[],
    /** The field of an issue's path as an official reads it (`fieldLabel` of @xhht/domain, in the batch's language). */
    private readonly labelOf: (path: readonly (string | number)[]) => string,
  ) {}

  private counter(): string {
    return `[${++this.done}/${this.total}]`;
  }

  /** A record that could not be read: it is done, failed. */
  failure(failure: ReportedIssue): void {
    this.progress.tick([`${this.counter()} ✖ ${whereOf(failure)}`, indented(failure, this.context)], true);
    this.results.push({ file: failure.file, line: failure.line ?? 0, ok: false, issues: [failure] });
  }

  /** A worker's answer for a record. */
  result(result: BatchResult): void {
    this.answered.add(result.id);
    const record = this.records[result.id];
    const task = this.tasks[result.id];
    if (record === undefined || task === undefined) return;
    const { t } = this.context;
    const issues = result.issues.map((issue) => fromIssue(issue, record, t, this.labelOf(issue.path)));
    const where = whereOf({ file: record.file, line: record.line });
    const shown = relative(this.context.cwd, task.out) || task.out;
    const detail = issues.map((issue) => indented(issue, this.context));
    const base = recordSource(record);
    if (result.ok) {
      this.written++;
      const note = result.unchanged === true ? ` (${t("generate.unchanged")})` : "";
      this.progress.tick([`${this.counter()} ✔ ${where} → ${shown}${note}`, ...detail], detail.length > 0);
      this.results.push({
        ...base,
        ok: true,
        out: shown,
        bytes: result.bytes,
        ...(result.unchanged === true ? { unchanged: true } : {}),
        issues,
      });
      return;
    }
    const text =
      result.refused === undefined
        ? result.message
        : t(result.refused === "exists" ? "generate.exists" : "generate.not-a-file", { file: shown });
    const message = text === undefined ? [] : [`  ${text}`];
    this.progress.tick([`${this.counter()} ✖ ${where}: ${t("generate.record-failed")}`, ...detail, ...message], true);
    this.results.push({ ...base, ok: false, issues, ...(text === undefined ? {} : { message: text }) });
  }
}

/** One task a record: its document in `folder`, named by {@link outputNames}. */
const tasksOf = (
  context: CliContext,
  template: TemplateKind,
  records: readonly InputRecord[],
  folder: string,
  options: GenerateOptions,
  directive: Directive | undefined,
): BatchTask[] => {
  const names = outputNames(records);
  return records.map((record, id) => ({
    id,
    template: template.id,
    value: record.value,
    out: join(folder, names[id] ?? `${id}.docx`),
    force: options.force === true,
    lang: context.lang,
    directive,
  }));
};

/**
 * Stops the batch (exit 2) before any document is written when one would be written over an input (a link to one);
 * the hint names `option`, `-o` as the user wrote it.
 */
const refuseInputTargets = async (
  context: CliContext,
  tasks: readonly BatchTask[],
  inputs: readonly string[],
  option: string,
) => {
  const identities = await inputIdentities(inputs);
  for (const task of tasks) {
    if (await isInputFile(task.out, identities)) {
      const file = relative(context.cwd, task.out) || task.out;
      const { t } = context;
      throw new CliError(cliErrorCodes.output, t("output.is-input", { file }), {
        file,
        hint: t("output.is-input.hint", { option }),
      });
    }
  }
};

/** Runs the tasks on `workers` worker threads, each answer logged; the signal that stopped them, if one did. */
const runTasks = async (tasks: readonly BatchTask[], workers: number, log: BatchLog, progress: Progress) => {
  const stopping = new AbortController();
  let stoppedBy: StopSignal | undefined;
  const release = onStopSignal((signal) => {
    stoppedBy = signal;
    stopping.abort();
  });
  try {
    const { runBatchPool } = await import("../runBatchPool.ts");
    await runBatchPool(tasks, workers, (result) => log.result(result), stopping.signal);
  } finally {
    release();
    progress.stop();
  }
  return stoppedBy;
};

/** The end of a batch that ran to its end: its summary (and every result with `--format json`), and its exit code. */
const finishBatch = (
  context: CliContext,
  template: TemplateKind,
  log: BatchLog,
  run: { readonly unreadable: readonly ReportedIssue[]; readonly workers: number; readonly folder: string },
  options: GenerateOptions,
  started: number,
): ExitCode => {
  const { t } = context;
  const { unreadable, workers, folder } = run;
  const elapsed = (performance.now() - started) / 1000;
  const { total, written, results } = log;
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

/**
 * `xhht generate <template> --batch <source>`: one document a record of every file `source` names, written into
 * the output folder on a pool of worker threads; a record that cannot be read or produced is reported and the
 * others are still written.
 */
export const generateBatch = async (
  context: CliContext,
  template: TemplateKind,
  source: string,
  options: GenerateOptions,
  directive: Directive | undefined,
): Promise<ExitCode> => {
  const { t } = context;
  const started = performance.now();
  const folder = resolve(context.cwd, options.out ?? "out");
  await prepareOutputFolder(context, folder, options.out ?? "out", { create: true, option: options.outOption ?? "-o" });
  const inputs = new InputCollection(context, findEntityKind(template.entity)?.csv ?? false);
  for (const input of await expandInputs([source], context.cwd, t)) await inputs.read(input);
  const { records, failures, unreadable } = inputs;
  const tasks = tasksOf(context, template, records, folder, options, directive);
  await refuseInputTargets(
    context,
    tasks,
    [...inputs.paths, ...(options.directive === undefined ? [] : [resolve(context.cwd, options.directive)])],
    options.outOption ?? "-o",
  );
  const total = records.length + failures.length;
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), records.length));
  const progress = await progressOf(context, total, options.format);
  const { fieldLabel } = await import("@xhht/domain");
  const log = new BatchLog(context, progress, total, records, tasks, (path) =>
    fieldLabel(path, { lang: context.lang }),
  );
  for (const failure of failures) log.failure(failure);
  const stoppedBy = await runTasks(tasks, workers, log, progress);
  if (stoppedBy !== undefined) {
    const { answered, written } = log;
    return stopBatch(context, { signal: stoppedBy, tasks, records, answered, written, total, folder, options });
  }
  return finishBatch(context, template, log, { unreadable, workers, folder }, options, started);
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
    if (record !== undefined) notWritten.push(recordSource(record));
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
