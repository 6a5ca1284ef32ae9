import { type FileChild, Paragraph } from "docx";

/**
 * The blocks with the last one kept on the page of what follows it (`w:keepNext`) when it is a paragraph: put
 * before the signature block, the signature never stands on a page of its own, without a line of the text it signs.
 */
export const keepLastWithNext = (children: readonly FileChild[]): FileChild[] => {
  const last = children.at(-1);
  if (!(last instanceof Paragraph) || last.options.keepNext === true) return [...children];
  return [...children.slice(0, -1), new Paragraph({ ...last.options, keepNext: true })];
};
