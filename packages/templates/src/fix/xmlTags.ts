/** Targeted edits of WordprocessingML as text: the rest of a part is left as Word wrote it. */

import { escapeRegExp } from "../text/escapeRegExp.ts";

/** The first start (or empty) tag of `name` in `xml`, with where it is. */
export const findTag = (xml: string, name: string): { readonly tag: string; readonly at: number } | undefined => {
  const match = new RegExp(`<${escapeRegExp(name)}(?=[\\s/>])[^>]*>`, "u").exec(xml);
  return match === null ? undefined : { tag: match[0], at: match.index };
};

/** An attribute's value in a tag, `undefined` when absent. */
export const attrOf = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${escapeRegExp(name)}\\s*=\\s*(["'])(.*?)\\1`, "u").exec(tag)?.[2];

/** `tag` with `name="value"`: replaced in place when present, added before the tag's end otherwise. */
export const withAttr = (tag: string, name: string, value: string): string => {
  const pattern = new RegExp(`(\\s${escapeRegExp(name)}\\s*=\\s*)(["'])(.*?)\\2`, "u");
  if (pattern.test(tag))
    return tag.replace(pattern, (_all, lead: string, quote: string) => `${lead}${quote}${value}${quote}`);
  const end = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end).replace(/\s+$/u, "")} ${name}="${value}"${tag.slice(end)}`;
};

/** `tag` without the attribute `name`. */
export const withoutAttr = (tag: string, name: string): string =>
  tag.replace(new RegExp(`\\s${escapeRegExp(name)}\\s*=\\s*(["']).*?\\1`, "u"), "");

/** The children of `w:sectPr` in the schema's order (CT_SectPr). */
const sectionOrder = [
  "w:headerReference",
  "w:footerReference",
  "w:footnotePr",
  "w:endnotePr",
  "w:type",
  "w:pgSz",
  "w:pgMar",
  "w:paperSrc",
  "w:pgBorders",
  "w:lnNumType",
  "w:pgNumType",
  "w:cols",
  "w:formProt",
  "w:vAlign",
  "w:noEndnote",
  "w:titlePg",
  "w:textDirection",
  "w:bidi",
  "w:rtlGutter",
  "w:docGrid",
  "w:printerSettings",
  "w:sectPrChange",
] as const;

/**
 * A `w:sectPr` with `element` inserted where the schema wants a child `name`: after the last child that comes before
 * it, or first. `sectPr` is the whole element, `<w:sectPr …>…</w:sectPr>` or `<w:sectPr …/>`.
 */
export const insertInSection = (sectPr: string, name: (typeof sectionOrder)[number], element: string): string => {
  const open = /^<w:sectPr(?=[\s/>])[^>]*?(\/?)>/u.exec(sectPr);
  if (open === null) return sectPr;
  if (open[1] === "/") return `${open[0].replace(/\s*\/>$/u, ">")}${element}</w:sectPr>`;
  const before = sectionOrder.slice(0, sectionOrder.indexOf(name) + (name === "w:headerReference" ? 1 : 0));
  let at = open[0].length;
  const child = /<(w:[A-Za-z]+)(?=[\s/>])[^>]*?(\/?)>/gu;
  child.lastIndex = at;
  for (let match = child.exec(sectPr); match !== null; match = child.exec(sectPr)) {
    const childName = match[1] as (typeof sectionOrder)[number];
    if (!before.includes(childName)) break;
    const close = match[2] === "/" ? -1 : sectPr.indexOf(`</${childName}>`, child.lastIndex);
    at = close < 0 ? child.lastIndex : close + childName.length + 3;
    child.lastIndex = at;
  }
  return `${sectPr.slice(0, at)}${element}${sectPr.slice(at)}`;
};

/** Every `w:sectPr` element of a part, whole, with its offset. */
export const sectionsOf = (xml: string): { readonly xml: string; readonly at: number }[] =>
  [...xml.matchAll(/<w:sectPr(?=[\s/>])[^>]*?(?:\/>|>[\s\S]*?<\/w:sectPr>)/gu)].map((match) => ({
    xml: match[0],
    at: match.index,
  }));

/** `xml` with the pieces at the given offsets replaced, applied from the end so offsets stay right. */
export const replaceAt = (
  xml: string,
  edits: readonly { readonly at: number; readonly length: number; readonly text: string }[],
): string => {
  let out = xml;
  for (const edit of [...edits].sort((a, b) => b.at - a.at)) {
    out = `${out.slice(0, edit.at)}${edit.text}${out.slice(edit.at + edit.length)}`;
  }
  return out;
};
