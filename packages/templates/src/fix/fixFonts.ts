import { nd30Profile } from "../nd30Profile.ts";
import { attrOf, findTag, replaceAt, withAttr, withoutAttr } from "./xmlTags.ts";

const family = nd30Profile.font.family.value;
const themeAttributes = ["w:asciiTheme", "w:hAnsiTheme", "w:cstheme"] as const;
/** Fonts of symbols, not of text: a bullet in Wingdings is no Vietnamese text. */
const symbolFont = /^(?:Symbol|Wingdings.*|Webdings|Marlett|MT Extra)$/iu;

const toTimes = (tag: string): string => {
  let out = tag;
  const hadCs = attrOf(out, "w:cs") !== undefined || attrOf(out, "w:cstheme") !== undefined;
  for (const attribute of themeAttributes) out = withoutAttr(out, attribute);
  out = withAttr(withAttr(out, "w:ascii", family), "w:hAnsi", family);
  return hadCs ? withAttr(out, "w:cs", family) : out;
};

/**
 * A part with Times New Roman in each `w:rFonts` that names one of `fonts` for Latin text or takes it from the theme
 * (a theme font overrides a named one); an East Asian font and a symbol font are kept.
 */
export const fixRunFonts = (xml: string, fonts: ReadonlySet<string>): string =>
  xml.replace(/<w:rFonts(?=[\s/>])[^>]*>/gu, (tag) => {
    const themed = themeAttributes.some((attribute) => attrOf(tag, attribute) !== undefined);
    const named = [attrOf(tag, "w:ascii"), attrOf(tag, "w:hAnsi")].filter((font) => font !== undefined);
    if (named.some((font) => symbolFont.test(font))) return tag;
    return themed || named.some((font) => fonts.has(font)) ? toTimes(tag) : tag;
  });

/**
 * The styles part with Times New Roman as the default font (`w:docDefaults`), and in each style that names one of
 * `fonts` or a theme font.
 */
export const fixStyleFonts = (xml: string, fonts: ReadonlySet<string>): string => {
  const fixed = fixRunFonts(xml, fonts);
  const defaults = findTag(fixed, "w:rPrDefault");
  if (defaults === undefined) return fixed;
  const end = fixed.indexOf("</w:rPrDefault>", defaults.at);
  const block = fixed.slice(defaults.at, end);
  if (/<w:rFonts(?=[\s/>])/u.test(block)) return fixed;
  const rFonts = `<w:rFonts w:ascii="${family}" w:hAnsi="${family}" w:cs="${family}"/>`;
  const rPr = findTag(block, "w:rPr");
  const text =
    rPr === undefined
      ? block.replace(/^<w:rPrDefault[^>]*>/u, (open) => `${open}<w:rPr>${rFonts}</w:rPr>`)
      : rPr.tag.endsWith("/>")
        ? replaceAt(block, [{ at: rPr.at, length: rPr.tag.length, text: `<w:rPr>${rFonts}</w:rPr>` }])
        : replaceAt(block, [{ at: rPr.at + rPr.tag.length, length: 0, text: rFonts }]);
  return replaceAt(fixed, [{ at: defaults.at, length: block.length, text }]);
};
