import type { CliTranslate } from "../createCliTranslator.ts";
import { exceedsDepth } from "./exceedsDepth.ts";
import type { InputFile, InputRecord, RecordFailure } from "./InputRecord.ts";
import { inputLimits, tooDeep } from "./inputLimits.ts";
import { jsonLocator } from "./jsonLocator.ts";
import { jsonSyntaxError } from "./jsonSyntaxError.ts";

/** The lines of `text` that are not blank, with their 1-based line numbers. */
const entriesOf = (text: string): { line: number; text: string }[] =>
  text.split("\n").flatMap((line, index) => (line.trim() === "" ? [] : [{ line: index + 1, text: line }]));

/** One line's record, or its failure when it is not JSON or nests too deep. */
const readLine = (
  entry: { line: number; text: string },
  at: { file: string; index: number; count: number },
  t: CliTranslate,
): InputRecord | RecordFailure => {
  const { file, index } = at;
  let value: unknown;
  try {
    value = JSON.parse(entry.text);
  } catch (error) {
    const { reason, column } = jsonSyntaxError(entry.text, error);
    return {
      file,
      index,
      line: entry.line,
      column,
      message: t("input.json-syntax", { reason }),
      hint: t("input.jsonl.hint"),
    };
  }
  if (exceedsDepth(value, inputLimits.depth)) return { file, index, line: entry.line, ...tooDeep(t) };
  const locator = jsonLocator(entry.text);
  return {
    ...at,
    line: entry.line,
    value,
    locate: (path) => {
      const column = locator(path)?.column;
      return column === undefined ? { line: entry.line } : { line: entry.line, column };
    },
  };
};

/** A JSON Lines file: one record a line that is not blank; a line that cannot be read is a failure of its own. */
export const readJsonLines = async (text: string, file: string, t: CliTranslate): Promise<InputFile> => {
  const entries = entriesOf(text);
  const records: InputRecord[] = [];
  const failures: RecordFailure[] = [];
  entries.forEach((entry, index) => {
    const read = readLine(entry, { file, index, count: entries.length }, t);
    if ("value" in read) records.push(read);
    else failures.push(read);
  });
  return { file, records, failures };
};
