/**
 * The Decree 30 linter alone, for a page that checks a .docx but never writes one: `lintDocx` without the templates
 * and the docx writer they load. The same function as the main entry's. Import it from `@xhht/templates/lint`.
 *
 * @example
 * ```ts
 * import { lintDocx } from "@xhht/templates/lint";
 * ```
 *
 * @module lint
 */
export type { DocxKind } from "./lint/documentKindOf.ts";
export { type LintDocxOptions, type LintDocxResult, type LintedDocx, lintDocx } from "./lint/lintDocx.ts";
