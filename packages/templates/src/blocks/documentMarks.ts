import type { DocumentMarks, Drafter, UrgencyLevel } from "@xhht/domain";
import type { Paragraph } from "docx";
import { documentWording } from "../data/documentWording.ts";
import { nd30Profile } from "../nd30Profile.ts";
import { boxedParagraph } from "./boxedParagraph.ts";

const urgencyWidth = (level: UrgencyLevel): number => {
  const { stamp } = nd30Profile;
  if (level === "KHẨN") return stamp.urgentWidth.value;
  if (level === "THƯỢNG KHẨN") return stamp.veryUrgentWidth.value;
  return stamp.expressWidth.value;
};

/**
 * The urgency stamp (bold, boxed, bright red, the decree's box width) and the circulation stamp (bold, boxed) under
 * the number in the header's left column (Phụ lục I, Phần I, mục III.2.b-c; cells 10b and 11).
 */
export const stampParagraphs = (marks: DocumentMarks): Paragraph[] => {
  const { stamp, header } = nd30Profile;
  const available = header.leftColumnWidth.value - 2 * header.cellMarginSide.value;
  const common = {
    size: stamp.size.value,
    align: "center",
    available,
    spacingBefore: stamp.spacingBefore.value,
  } as const;
  return [
    ...(marks.urgency === undefined
      ? []
      : [
          boxedParagraph(marks.urgency, {
            ...common,
            width: urgencyWidth(marks.urgency),
            color: stamp.urgencyColor.value,
          }),
        ]),
    ...(marks.circulation === undefined ? [] : [boxedParagraph(marks.circulation, common)]),
  ];
};

/** «PL.(300)»: the drafter's initials and the number of copies (Phụ lục I, Phần I, mục III.3; cell 12). */
export const drafterLine = (drafter: Drafter | undefined): string | undefined =>
  drafter === undefined ? undefined : `${drafter.initials}.(${drafter.copies})`;

/** The «DỰ THẢO» mark of a draft: bold and boxed at the top right of page 1, above the header. */
export const draftMark = (): Paragraph =>
  boxedParagraph(documentWording.draftMark, {
    size: nd30Profile.draft.size.value,
    align: "right",
    available: nd30Profile.page.textWidth.value,
  });
