import { nd30Profile } from "../nd30Profile.ts";
import { attrOf, findTag, insertInSection, replaceAt, sectionsOf, withAttr } from "./xmlTags.ts";

/** The rule ids {@link fixSections} fixes. */
export const sectionRules = [
  "nd30.page.size",
  "nd30.page.margin-top",
  "nd30.page.margin-bottom",
  "nd30.page.margin-left",
  "nd30.page.margin-right",
] as const;

export type SectionRule = (typeof sectionRules)[number];

const { page } = nd30Profile;
const sides = {
  "nd30.page.margin-top": ["w:top", page.marginTop.value],
  "nd30.page.margin-bottom": ["w:bottom", page.marginBottom.value],
  "nd30.page.margin-left": ["w:left", page.marginLeft.value],
  "nd30.page.margin-right": ["w:right", page.marginRight.value],
} as const;

const fixPaperSize = (sectPr: string): string => {
  const found = findTag(sectPr, "w:pgSz");
  if (found === undefined) {
    return insertInSection(sectPr, "w:pgSz", `<w:pgSz w:w="${page.width.value}" w:h="${page.height.value}"/>`);
  }
  const width = Number(attrOf(found.tag, "w:w"));
  const height = Number(attrOf(found.tag, "w:h"));
  const landscape = attrOf(found.tag, "w:orient") === "landscape" || width > height;
  const [w, h] = landscape ? [page.height.value, page.width.value] : [page.width.value, page.height.value];
  const tag = withAttr(withAttr(found.tag, "w:w", String(w)), "w:h", String(h));
  return replaceAt(sectPr, [{ at: found.at, length: found.tag.length, text: tag }]);
};

const fixMargin = (sectPr: string, rule: keyof typeof sides): string => {
  const [attribute, value] = sides[rule];
  const found = findTag(sectPr, "w:pgMar");
  if (found === undefined) {
    const margins = `w:top="${page.marginTop.value}" w:right="${page.marginRight.value}" w:bottom="${page.marginBottom.value}" w:left="${page.marginLeft.value}"`;
    return insertInSection(
      sectPr,
      "w:pgMar",
      `<w:pgMar ${margins} w:header="${page.headerDistance.value}" w:footer="${page.footerDistance.value}" w:gutter="0"/>`,
    );
  }
  // A negative top or bottom margin is one the text may not push: its sign is kept.
  const negative = (attrOf(found.tag, attribute) ?? "").trim().startsWith("-");
  let tag = withAttr(found.tag, attribute, String(negative ? -value : value));
  if (rule === "nd30.page.margin-left" && attrOf(tag, "w:gutter") !== undefined) tag = withAttr(tag, "w:gutter", "0");
  return replaceAt(sectPr, [{ at: found.at, length: found.tag.length, text: tag }]);
};

/**
 * The main document part with A4 paper (orientation kept) and the profile's margins in the sections the linter found
 * at fault: `faults` maps a section's index to the rules it broke. Only `w:pgSz` and `w:pgMar` attributes change.
 */
export const fixSections = (xml: string, faults: ReadonlyMap<number, ReadonlySet<SectionRule>>): string => {
  const sections = sectionsOf(xml);
  const edits = [];
  for (const [index, rules] of faults) {
    const section = sections[index];
    if (section === undefined) continue;
    let sectPr = section.xml;
    if (rules.has("nd30.page.size")) sectPr = fixPaperSize(sectPr);
    for (const rule of sectionRules) if (rule !== "nd30.page.size" && rules.has(rule)) sectPr = fixMargin(sectPr, rule);
    edits.push({ at: section.at, length: section.xml.length, text: sectPr });
  }
  return replaceAt(xml, edits);
};
