import { replaceAt } from "./xmlTags.ts";

/** The children of `w:rPr` that come after `w:sz` (CT_RPr's sequence). */
const afterSize =
  /<w:(?:szCs|highlight|u|effect|bdr|shd|fitText|vertAlign|rtl|cs|em|lang|eastAsianLayout|specVanish|oMath|rPrChange)(?=[\s/>])/u;

/** The offsets of each paragraph's start tag, in the order the linter numbers paragraphs (Choice over Fallback). */
const paragraphStarts = (xml: string): { readonly at: number; readonly end: number }[] => {
  const found: { at: number; end: number }[] = [];
  const open: { at: number; end: number }[] = [];
  let hidden = 0;
  const token = /<(\/?)(mc:Fallback|w:del|w:moveFrom|w:p)(?=[\s/>])[^>]*?(\/?)>/gu;
  for (const match of xml.matchAll(token)) {
    const [, closing, name, empty] = match;
    if (name !== "w:p") {
      if (empty !== "/") hidden += closing === "/" ? -1 : 1;
      continue;
    }
    if (closing === "/") {
      const paragraph = open.pop();
      if (paragraph !== undefined) paragraph.end = match.index;
    } else if (hidden === 0) {
      const paragraph = { at: match.index, end: match.index + match[0].length };
      found.push(paragraph);
      if (empty !== "/") open.push(paragraph);
    } else if (empty !== "/") open.push({ at: match.index, end: 0 });
  }
  return found;
};

const withSize = (rPr: string, size: number): string => {
  const sz = /<w:sz\s[^>]*?\/>/u.exec(rPr);
  const tag = `<w:sz w:val="${size}"/>`;
  if (sz !== null) return replaceAt(rPr, [{ at: sz.index, length: sz[0].length, text: tag }]);
  const next = afterSize.exec(rPr);
  const at = next?.index ?? rPr.lastIndexOf("</w:rPr>");
  return replaceAt(rPr, [{ at, length: 0, text: tag }]);
};

/**
 * The part with the runs of its paragraph number `index` (as the linter numbers them) set to `size` half-points when
 * their own size is outside `min`-`max` or inherited; the runs of a text box inside that paragraph are left alone.
 */
export const fixParagraphSize = (xml: string, index: number, size: number, min: number, max: number): string => {
  const starts = paragraphStarts(xml);
  const paragraph = starts[index];
  if (paragraph === undefined) return xml;
  const nested = starts.filter((other) => other.at > paragraph.at && other.at < paragraph.end);
  const edits = [];
  const run = /<w:r(?=[\s>])[^>]*>(<w:rPr>[\s\S]*?<\/w:rPr>|<w:rPr\/>)?/gu;
  run.lastIndex = paragraph.at;
  for (let match = run.exec(xml); match !== null && match.index < paragraph.end; match = run.exec(xml)) {
    const at = match.index;
    if (nested.some((inner) => at > inner.at && at < inner.end)) continue;
    const rPr = match[1];
    const own = rPr === undefined ? undefined : /<w:sz\s[^>]*?w:val="(\d+)"/u.exec(rPr)?.[1];
    if (own !== undefined && Number(own) >= min && Number(own) <= max) continue;
    const start = at + match[0].length - (rPr?.length ?? 0);
    const text =
      rPr === undefined || rPr === "<w:rPr/>" ? `<w:rPr><w:sz w:val="${size}"/></w:rPr>` : withSize(rPr, size);
    edits.push({ at: start, length: rPr?.length ?? 0, text });
  }
  return replaceAt(xml, edits);
};
