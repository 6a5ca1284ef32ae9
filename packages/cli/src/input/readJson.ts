import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import type { CliTranslate } from "../createCliTranslator.ts";
import { exceedsDepth } from "./exceedsDepth.ts";
import type { InputFile, InputRecord, RecordFailure } from "./InputRecord.ts";
import { inputLimits, tooDeep } from "./inputLimits.ts";
import { itemsOf } from "./itemsOf.ts";
import { jsonLocator } from "./jsonLocator.ts";
import { jsonSyntaxError } from "./jsonSyntaxError.ts";

/** A JSON file: one record, or a list of them. Text that is not JSON stops the file where it stops being JSON. */
export const readJson = async (text: string, file: string, t: CliTranslate): Promise<InputFile> => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const { reason, ...at } = jsonSyntaxError(text, error);
    throw new CliError(cliErrorCodes.syntax, t("input.json-syntax", { reason }), {
      file,
      ...at,
      hint: t("input.json-syntax.hint"),
    });
  }
  const locator = jsonLocator(text);
  const items = itemsOf(value);
  const records: InputRecord[] = [];
  const failures: RecordFailure[] = [];
  items.forEach((item, index) => {
    const line = locator(item.path)?.line ?? 1;
    if (exceedsDepth(item.value, inputLimits.depth)) {
      failures.push({ file, index, line, ...tooDeep(t) });
      return;
    }
    records.push({
      file,
      index,
      count: items.length,
      line,
      value: item.value,
      locate: (path) => locator([...item.path, ...path]) ?? { line },
    });
  });
  return { file, records, failures };
};
