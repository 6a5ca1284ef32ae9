import type { CliContext } from "../CliContext.ts";
import { CliError } from "../CliError.ts";
import { expandInputs, type InputPath } from "../input/expandInputs.ts";
import type { InputFile, InputRecord } from "../input/InputRecord.ts";
import { readInputFile } from "../input/readInputFile.ts";
import { fromCliError, fromFailure, type ReportedIssue } from "../output/ReportedIssue.ts";

/**
 * The records of the input files a command reads, gathered as they are read: a file that cannot be read, or a
 * path that names none, is noted as unreadable and the others are still read.
 */
export class InputCollection {
  readonly records: InputRecord[] = [];
  /** The records that could not be read on their own. */
  readonly failures: ReportedIssue[] = [];
  /** The files (and paths) that could not be read at all. */
  readonly unreadable: ReportedIssue[] = [];
  /** Every file read or tried, absolute. */
  readonly paths: string[] = [];

  constructor(
    private readonly context: CliContext,
    /** Whether a CSV file is read (as one provincial report per row). */
    private readonly csv: boolean,
  ) {}

  /** The files `given` names (itself, or a folder's or a pattern's files); none, noted, when it names none. */
  async expand(given: string): Promise<InputPath[]> {
    try {
      return await expandInputs([given], this.context.cwd, this.context.t);
    } catch (error) {
      this.note(error);
      return [];
    }
  }

  /** Reads one file, adding its records and failures; `undefined`, noted, when it cannot be read. */
  async read(input: InputPath): Promise<InputFile | undefined> {
    this.paths.push(input.path);
    try {
      const read = await readInputFile(input.path, { t: this.context.t, csv: this.csv, display: input.display });
      this.records.push(...read.records);
      this.failures.push(...read.failures.map(fromFailure));
      return read;
    } catch (error) {
      this.note(error);
      return undefined;
    }
  }

  private note(error: unknown): void {
    if (!(error instanceof CliError)) throw error;
    this.unreadable.push(fromCliError(error));
  }
}
