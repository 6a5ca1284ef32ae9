import { LineRuleType } from "docx";

/**
 * The document's default paragraph spacing, which the frame writes in `docDefaults`: nothing before or after, single
 * lines. A paragraph in it needs no `w:spacing` of its own.
 */
export const defaultSpacing = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;

/**
 * Paragraph options for single lines with `before` twips above and nothing after: no `spacing` at all when that is
 * the document's default, so the many small paragraphs of tables and header blocks stay small.
 */
export const singleSpacing = (before = 0): { readonly spacing?: typeof defaultSpacing | { before: number } } =>
  before === 0 ? {} : { spacing: { ...defaultSpacing, before } };
