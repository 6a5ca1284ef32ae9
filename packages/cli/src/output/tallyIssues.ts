import { type ExitCode, exitCodes } from "../exitCodes.ts";
import type { ReportedIssue } from "./ReportedIssue.ts";

/**
 * The counts a checking command prints at the end, and its exit code: 2 when a file could not be read, 1 when an
 * issue is an error, 0 otherwise.
 */
export const tallyIssues = (
  issues: readonly ReportedIssue[],
  unreadable: readonly unknown[],
): {
  readonly counts: { errors: number; warnings: number; infos: number; unreadable: number };
  readonly status: ExitCode;
} => {
  const count = (severity: string) => issues.filter((issue) => issue.severity === severity).length;
  const counts = {
    errors: count("error"),
    warnings: count("warning"),
    infos: count("info"),
    unreadable: unreadable.length,
  };
  const status = unreadable.length > 0 ? exitCodes.usage : counts.errors > 0 ? exitCodes.issues : exitCodes.ok;
  return { counts, status };
};
