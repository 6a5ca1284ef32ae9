/**
 * An issue's `path` as text: its keys joined with «.» (`activities.0.code`), or `(root)` when the issue is about the
 * whole input. Hosts, the CLI and the templates' error messages write paths this way.
 *
 * @example
 * ```ts
 * formatIssuePath(["activities", 0, "code"]); // "activities.0.code"
 * formatIssuePath([]); // "(root)"
 * const result = validatePlan({ ...samplePlan2020, subject: "" }, { directive: directive2020, lang: "en" });
 * result.issues.map((issue) => formatIssuePath(issue.path)); // ["subject"]
 * ```
 */
export const formatIssuePath = (path: readonly PropertyKey[]): string =>
  path.length === 0 ? "(root)" : path.map((key) => String(key)).join(".");
