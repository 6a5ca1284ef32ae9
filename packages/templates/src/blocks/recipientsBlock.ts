import { LineRuleType, Paragraph, Tab, TabStopType, TextRun } from "docx";
import { nd30Texts } from "../data/nd30Texts.ts";
import { runStyle } from "../docx/runStyle.ts";
import { runOptions, textRuns } from "../docx/safeText.ts";
import { nd30Profile } from "../nd30Profile.ts";
import { estimateTextWidth } from "../text/estimateTextWidth.ts";
import { listItemText } from "../text/listItemText.ts";

/**
 * «Kính gửi:» and the recipients (Phụ lục I, cell 9a). One recipient: on the same line, ending «.», wrapped lines
 * aligned after the colon. Several: «Kính gửi:» alone, then one «- …;» per line, the last ending «.», the dashes
 * aligned with each other after the colon.
 */
export const recipientsBlock = (recipients: readonly string[]): Paragraph[] => {
  const { size, indentLeft, spacingBefore, spacingAfter } = nd30Profile.recipients;
  const style = runStyle(size.value);
  const start = indentLeft.value;
  const textStart = start + estimateTextWidth(`${nd30Texts.recipientsLabel} `, { size: size.value });
  const dash = estimateTextWidth(nd30Texts.listDash, { size: size.value });
  const spacing = (first: boolean, last: boolean) => ({
    before: first ? spacingBefore.value : 0,
    after: last ? spacingAfter.value : 0,
    line: 240,
    lineRule: LineRuleType.AUTO,
  });

  const only = recipients.length === 1 ? recipients[0] : undefined;
  if (only !== undefined) {
    return [
      new Paragraph({
        indent: { left: textStart, hanging: textStart - start },
        tabStops: [{ type: TabStopType.LEFT, position: textStart }],
        spacing: spacing(true, true),
        children: [
          new TextRun({ ...runOptions(style), children: [nd30Texts.recipientsLabel, new Tab()] }),
          ...textRuns(listItemText(only, true), style),
        ],
      }),
    ];
  }
  return [
    new Paragraph({
      indent: { left: start },
      spacing: spacing(true, false),
      children: textRuns(nd30Texts.recipientsLabel, style),
    }),
    ...recipients.map(
      (recipient, index) =>
        new Paragraph({
          indent: { left: textStart + dash, hanging: dash },
          spacing: spacing(false, index === recipients.length - 1),
          children: textRuns(`${nd30Texts.listDash}${listItemText(recipient, index === recipients.length - 1)}`, style),
        }),
    ),
  ];
};
