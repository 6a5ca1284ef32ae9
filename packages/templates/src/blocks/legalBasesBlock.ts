import { AlignmentType, LineRuleType, Paragraph } from "docx";
import { runStyle } from "../docx/runStyle.ts";
import { textRuns } from "../docx/safeText.ts";
import { nd30Profile } from "../nd30Profile.ts";
import { listItemText } from "../text/listItemText.ts";

/**
 * The căn cứ of a typed document (Phụ lục I, Phần I, mục II.6.a): italic, one a line, each ending «;» and the
 * last «.», justified and indented like the body. Each text is printed as given («Căn cứ …», «Theo đề nghị …»).
 */
export const legalBasesBlock = (bases: readonly string[]): Paragraph[] => {
  const { legalBases, body } = nd30Profile;
  return bases.map(
    (basis, index) =>
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: body.firstLineIndent.value },
        spacing: {
          before: body.spacingBefore.value,
          after: 0,
          line: body.lineSpacing.value,
          lineRule: LineRuleType.AUTO,
        },
        children: textRuns(
          listItemText(basis, index === bases.length - 1),
          runStyle(legalBases.size.value, { italics: true }),
        ),
      }),
  );
};
