import { readFile } from "node:fs/promises";
import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import type { CliTranslate } from "../createCliTranslator.ts";
import { firstInvalidUtf8 } from "./firstInvalidUtf8.ts";
import { lineAt } from "./lineAt.ts";
import { unreadableReason } from "./unreadableReason.ts";

/** The file's text, its UTF-8 byte-order mark left out; bytes that are not UTF-8 stop the file where the first one is. */
export const readText = async (path: string, display: string, t: CliTranslate): Promise<string> => {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new CliError(cliErrorCodes.unreadable, t("input.unreadable", { reason: unreadableReason(error, t) }), {
      file: display,
      hint: t("input.unreadable.hint"),
      cause: error,
    });
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const before = new TextDecoder("utf-8").decode(bytes.subarray(0, bad));
    throw new CliError(
      cliErrorCodes.encoding,
      t("input.not-utf8", { byte: (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, "0") }),
      { file: display, ...lineAt(before, before.length), hint: t("input.not-utf8.hint") },
    );
  }
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
};
