import type { CliContext } from "../CliContext.ts";
import type { CliError } from "../CliError.ts";
import { whereOf } from "./ReportedIssue.ts";

/**
 * Prints the {@link CliError} that stopped a command. As text, on standard error, as a file's problem is printed
 * (`xhht: notes.txt: error cli.format`, the message, then the hint); with `--format json`, on standard output, as
 * `{ ok: false, error: { file, line, column, code, message, hint } }` (where and the hint only when known).
 */
export const printCliError = (context: CliContext, error: CliError, format: string | undefined): void => {
  const { t } = context;
  const { hint } = error;
  if (format === "json") {
    // The location holds only what is known: the file, then the line and column when known.
    const body = {
      ...error.location,
      code: error.code,
      message: error.message,
      ...(hint === undefined ? {} : { hint }),
    };
    context.stdout.write(`${JSON.stringify({ ok: false, error: body }, null, 2)}\n`);
    return;
  }
  const where = whereOf({ file: error.location.file ?? "", ...error.location });
  const head = `xhht: ${where === "" ? "" : `${where}: `}${t("severity.error")} ${error.code}`;
  const fix = hint === undefined ? "" : `\n    ${t("issue.hint")}: ${hint}`;
  context.stderr.write(`${head}\n    ${error.message.replaceAll("\n", "\n    ")}${fix}\n`);
};
