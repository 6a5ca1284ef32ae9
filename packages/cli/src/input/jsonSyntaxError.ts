import { errorText } from "./errorText.ts";
import { jsonErrorOffset } from "./jsonErrorOffset.ts";
import { lineAt } from "./lineAt.ts";

/**
 * What is wrong with a JSON `text` that `JSON.parse` refused with `error`: the parser's reason (without the
 * position some Node versions append to it) and the line and column where the text stops being JSON, found by
 * {@link jsonErrorOffset} (never read out of the message).
 */
export const jsonSyntaxError = (text: string, error: unknown): { reason: string; line: number; column: number } => ({
  reason: errorText(error)
    .replace(/^JSON\.parse: /u, "")
    .replace(/ in JSON at position \d+.*$/su, ""),
  ...lineAt(text, jsonErrorOffset(text) ?? text.length),
});
