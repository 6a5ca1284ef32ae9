import type * as z from "zod/mini";
import type { Translate } from "../i18n/createTranslator.ts";
import { fromZodIssues } from "./fromZodIssues.ts";
import type { Issue } from "./Issue.ts";

/**
 * The SDK's issues for zod's `issues` on `input` ({@link fromZodIssues}), each once: zod may refuse one value twice
 * alike (an integer beyond the safe range and beyond the maximum both say «too big»).
 */
export const schemaIssues = (t: Translate, issues: readonly z.core.$ZodIssue[], input: unknown): Issue[] => {
  const seen = new Set<string>();
  return fromZodIssues(t, issues, input).filter((issue) => {
    const key = JSON.stringify([issue.code, issue.path, issue.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};
