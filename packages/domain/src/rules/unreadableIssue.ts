import type { Translate } from "../i18n/createTranslator.ts";
import { createIssue } from "./createIssue.ts";
import type { Issue } from "./Issue.ts";

/** The issue for input whose reading threw, quoting at most 100 characters of the reason. */
export const unreadableIssue = (t: Translate, error: unknown, path: readonly (string | number)[] = []): Issue => {
  let reason: string;
  try {
    reason = error instanceof Error ? `${error.name}: ${error.message}` : typeof error;
  } catch {
    reason = "unknown";
  }
  return createIssue(t, "schema.unreadable", path, {
    reason: reason.length > 100 ? `${reason.slice(0, 100)}…` : reason,
  });
};
