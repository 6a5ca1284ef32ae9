export type { CliContext, CliStream } from "./CliContext.ts";
export { CliError, type CliErrorLocation } from "./CliError.ts";
export { type CliErrorCode, cliErrorCodes } from "./cliErrorCodes.ts";
export { type CliLanguage, type CliTranslate, cliLanguages, createCliTranslator } from "./createCliTranslator.ts";
export { type ExitCode, exitCodes } from "./exitCodes.ts";
export { csvReportColumns } from "./input/csvReportColumns.ts";
export type { InputFile, InputRecord, RecordFailure, SourcePosition } from "./input/InputRecord.ts";
export { type ReadOptions, readInputFile } from "./input/readInputFile.ts";
export { type RunCliOptions, runCli } from "./runCli.ts";
