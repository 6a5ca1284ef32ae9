import { AlignmentType, LineRuleType, Paragraph, type TextRun } from "docx";
import { documentWording } from "../data/documentWording.ts";
import { nd30Texts } from "../data/nd30Texts.ts";
import { runStyle } from "../docx/runStyle.ts";
import { textRuns } from "../docx/safeText.ts";
import { nd30Profile } from "../nd30Profile.ts";
import { listItemText } from "../text/listItemText.ts";

/**
 * One paragraph of a structured body (Phụ lục I, Phần I, mục II.6.đ). Every label is written as text, never as
 * Word numbering, so «đ)» prints.
 */
export type StructuredBlock =
  /** «Phần I» / «Chương I» on its own line and its title under it, upper case: centred, bold. */
  | { readonly type: "part"; readonly label: string; readonly title: string }
  /** «I.» and its title, upper case, bold, indented like the body: the sections of a plan or report. */
  | { readonly type: "section"; readonly label: string; readonly title: string }
  /** «Điều 1.» bold, with a bold title and/or upright text after it. */
  | { readonly type: "article"; readonly number: number; readonly title?: string; readonly text?: string }
  /** A khoản «1. …»: bold when it is a title (on its own line), upright otherwise. */
  | { readonly type: "clause"; readonly label: string; readonly text: string; readonly titled?: boolean }
  /** A điểm «a) …», upright. */
  | { readonly type: "point"; readonly label: string; readonly text: string }
  | { readonly type: "paragraph"; readonly text: string; readonly italics?: boolean }
  | { readonly type: "bullet"; readonly text: string }
  /** A centred line such as «QUYẾT ĐỊNH:» or the deciding authority. */
  | { readonly type: "centred"; readonly text: string; readonly bold?: boolean };

const { body, structure } = nd30Profile;

const spacing = (before: number = body.spacingBefore.value) => ({
  before,
  after: 0,
  line: body.lineSpacing.value,
  lineRule: LineRuleType.AUTO,
});

const indented = (children: TextRun[], keepNext = false) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: body.firstLineIndent.value },
    spacing: spacing(),
    ...(keepNext ? { keepNext: true } : {}),
    children,
  });

const centred = (text: string, size: number, bold: boolean, before?: number) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: spacing(before),
    children: textRuns(text, runStyle(size, { bold })),
  });

const upper = (text: string) => text.toLocaleUpperCase("vi");

/**
 * Lays out a structured body: parts and sections with bold titles, «Điều N.» articles, clauses and points, plain
 * paragraphs and bullets, justified at the body's size with the first line indented. Headings keep with the
 * paragraph that follows them.
 */
export const structuredBody = (blocks: readonly StructuredBlock[]): Paragraph[] =>
  blocks.flatMap((block): Paragraph[] => {
    const plain = runStyle(body.size.value);
    const bold = runStyle(body.size.value, { bold: true });
    switch (block.type) {
      case "part":
        return [
          centred(block.label, structure.partSize.value, true),
          centred(upper(block.title), structure.partSize.value, true, 0),
        ];
      case "section":
        return [indented(textRuns(`${block.label} ${upper(block.title)}`, bold), true)];
      case "article": {
        const label = documentWording.articleLabel(block.number);
        const heading = block.title === undefined ? label : `${label} ${block.title}`;
        const articleStyle = runStyle(structure.articleSize.value, { bold: true });
        return [
          indented(
            [
              ...textRuns(heading, articleStyle),
              ...(block.text === undefined ? [] : textRuns(` ${block.text}`, plain)),
            ],
            block.text === undefined,
          ),
        ];
      }
      case "clause":
        return [indented(textRuns(`${block.label} ${block.text}`, block.titled ? bold : plain), block.titled)];
      case "point":
        return [indented(textRuns(`${block.label} ${block.text}`, plain))];
      case "paragraph":
        return [indented(textRuns(block.text, runStyle(body.size.value, { italics: block.italics ?? false })))];
      case "bullet":
        return [indented(textRuns(`${nd30Texts.listDash}${block.text}`, plain))];
      default:
        return [centred(block.text, structure.enactingSize.value, block.bold ?? true)];
    }
  });

/** A list of «- …;» bullets, the last ending «.». */
export const bulletList = (items: readonly string[]): Paragraph[] =>
  structuredBody(
    items.map((text, index) => ({ type: "bullet", text: listItemText(text, index === items.length - 1) })),
  );
