import { AlignmentType, BorderStyle, LineRuleType, Paragraph } from "docx";
import { runStyle } from "../docx/runStyle.ts";
import { textRuns } from "../docx/safeText.ts";
import { nd30Profile } from "../nd30Profile.ts";
import { estimateTextWidth } from "../text/estimateTextWidth.ts";

/** How a boxed line is drawn. */
export interface BoxOptions {
  /** Half-points. */
  readonly size: number;
  /** The box's width in twips, as the decree draws it; the text's width plus padding when absent. */
  readonly width?: number;
  /** The text colour (hex), black when absent. */
  readonly color?: string;
  /** Where the box sits in the space: centred, or against the right edge. */
  readonly align: "center" | "right";
  /** The width of the space the box sits in, in twips. */
  readonly available: number;
  readonly spacingBefore?: number;
}

const PADDING_PT = 3;

/**
 * One line of bold upper-case text in a single-line box: a paragraph with four borders whose indents make the
 * box `width` wide, placed in a space `available` wide. Used for the urgency and circulation stamps (Phụ lục I,
 * Phần I, mục III.2) and the «DỰ THẢO» mark.
 */
export const boxedParagraph = (text: string, options: BoxOptions): Paragraph => {
  const { stamp, font } = nd30Profile;
  const textWidth = estimateTextWidth(text, { size: options.size, bold: true });
  const width = Math.min(options.available, options.width ?? textWidth + 2 * PADDING_PT * 20 + 240);
  const spare = Math.max(0, options.available - width);
  const left = options.align === "right" ? spare : Math.floor(spare / 2);
  const right = options.align === "right" ? 0 : spare - left;
  const border = {
    style: BorderStyle.SINGLE,
    size: stamp.borderThickness.value,
    color: options.color ?? font.color.value,
    space: PADDING_PT,
  };
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    border: { top: border, bottom: border, left: { ...border, space: 0 }, right: { ...border, space: 0 } },
    indent: { left, right },
    spacing: { before: options.spacingBefore ?? 0, after: PADDING_PT * 20, line: 240, lineRule: LineRuleType.AUTO },
    children: textRuns(text, {
      ...runStyle(options.size, { bold: true }),
      ...(options.color === undefined ? {} : { color: options.color }),
    }),
  });
};
