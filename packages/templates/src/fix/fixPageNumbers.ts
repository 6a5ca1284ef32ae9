import { nd30Profile } from "../nd30Profile.ts";
import { attrOf, findTag, insertInSection, replaceAt, sectionsOf } from "./xmlTags.ts";

/** The rule ids {@link fixPageNumbers} fixes. */
export const pageNumberRules = [
  "nd30.page-number.missing",
  "nd30.page-number.first-page",
  "nd30.page-number.position",
] as const;

export type PageNumberRule = (typeof pageNumberRules)[number];

/** What {@link fixPageNumbers} reads and writes: the package's parts as text. */
export interface PageNumberParts {
  readonly has: (name: string) => boolean;
  readonly read: (name: string) => string | undefined;
  readonly write: (name: string, xml: string) => void;
}

const wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const headerType = `${relationshipsNamespace}/header`;
const headerContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
const pageHeaderId = "xhhtPageHeader";
const firstHeaderId = "xhhtFirstPageHeader";

const { family } = nd30Profile.font;
const numberRun = (inner: string): string =>
  `<w:r><w:rPr><w:rFonts w:ascii="${family.value}" w:hAnsi="${family.value}" w:cs="${family.value}"/><w:sz w:val="${nd30Profile.pageNumber.size.value}"/></w:rPr>${inner}</w:r>`;

/** A centred paragraph holding a PAGE field, in Times New Roman at the profile's page-number size. */
const pageParagraph = `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${[
  '<w:fldChar w:fldCharType="begin"/>',
  '<w:instrText xml:space="preserve"> PAGE </w:instrText>',
  '<w:fldChar w:fldCharType="separate"/>',
  "<w:t>2</w:t>",
  '<w:fldChar w:fldCharType="end"/>',
]
  .map(numberRun)
  .join("")}</w:p>`;

const headerPart = (body: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:hdr xmlns:w="${wordNamespace}" xmlns:r="${relationshipsNamespace}">${body}</w:hdr>`;

const relsNameOf = (part: string): string => {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

const folderOf = (part: string): string => part.slice(0, part.lastIndexOf("/") + 1);

const pageField =
  /<w:instrText(?:\s[^>]*)?>\s*PAGE(?:\s[^<]*)?<\/w:instrText>|<w:fldSimple\s[^>]*w:instr="\s*PAGE(?:\s[^"]*)?"/u;

/** The relationship targets of a part's rels by id, resolved to part names. */
const targetsOf = (rels: string, source: string): Map<string, string> => {
  const map = new Map<string, string>();
  for (const match of rels.matchAll(/<Relationship\s[^>]*>/gu)) {
    const id = attrOf(match[0], "Id");
    const target = attrOf(match[0], "Target");
    if (id === undefined || target === undefined || attrOf(match[0], "TargetMode") === "External") continue;
    const segments = target.startsWith("/") ? [] : folderOf(source).split("/").filter(Boolean);
    for (const segment of target.split("/")) {
      if (segment === "..") segments.pop();
      else if (segment !== "." && segment !== "") segments.push(segment);
    }
    map.set(id, segments.join("/"));
  }
  return map;
};

/**
 * A part's paragraphs that hold a page number and no other text lose their runs (the number is moved, not copied);
 * a paragraph with other text is kept as it is, and stays reported.
 */
const withoutPageNumbers = (xml: string): string =>
  xml.replace(/<w:p(?=[\s>])[^>]*>(?:(?!<w:p[\s>]|<\/w:p>)[\s\S])*<\/w:p>/gu, (paragraph) => {
    if (!pageField.test(paragraph)) return paragraph;
    const texts = [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)].map((match) => match[1]).join("");
    if (!/^[\s\d\-–—.]*$/u.test(texts)) return paragraph;
    const open = /^<w:p(?=[\s>])[^>]*>/u.exec(paragraph)?.[0] ?? "<w:p>";
    const pPr = /<w:pPr>[\s\S]*?<\/w:pPr>|<w:pPr\/>/u.exec(paragraph)?.[0] ?? "";
    return `${open}${pPr}</w:p>`;
  });

const referenceOf = (sectPr: string, kind: "headerReference" | "footerReference", type: string): string | undefined => {
  for (const match of sectPr.matchAll(new RegExp(`<w:${kind}\\s[^>]*>`, "gu"))) {
    if ((attrOf(match[0], "w:type") ?? "default") === type) return attrOf(match[0], "r:id");
  }
  return undefined;
};

/**
 * Page numbers as the decree wants them (Phụ lục I, Phần I, mục II.11): in the header, centred, from page 2. A page
 * number in a footer, or not centred, is taken out when its paragraph holds nothing else; the first section's default
 * header gets a centred PAGE field (a new header part when it has none); and page 1 shows an empty first-page header
 * (`w:titlePg`), its footer kept as it was unless that footer held the page number.
 */
export const fixPageNumbers = (
  parts: PageNumberParts,
  documentName: string,
  broken: ReadonlySet<PageNumberRule>,
  flaggedParts: ReadonlySet<string>,
): void => {
  const document = parts.read(documentName);
  const relsName = relsNameOf(documentName);
  const rels = parts.read(relsName);
  const types = parts.read("[Content_Types].xml");
  if (document === undefined || rels === undefined || types === undefined) return;
  if (rels.includes(`"${pageHeaderId}"`) || rels.includes(`"${firstHeaderId}"`)) return;
  const targets = targetsOf(rels, documentName);
  const sections = sectionsOf(document);
  const first = sections[0];
  if (first === undefined) return;

  if (broken.has("nd30.page-number.position") || broken.has("nd30.page-number.first-page")) {
    for (const name of flaggedParts) {
      const xml = parts.read(name);
      if (
        xml !== undefined &&
        (broken.has("nd30.page-number.position") ||
          name !== targets.get(referenceOf(first.xml, "headerReference", "default") ?? ""))
      ) {
        parts.write(name, withoutPageNumbers(xml));
      }
    }
  }

  const newParts: [string, string][] = [];
  const freeName = (): string => {
    let n = 1;
    const taken = (name: string) => parts.has(name) || newParts.some(([part]) => part === name);
    while (taken(`${folderOf(documentName)}header${n}.xml`)) n += 1;
    return `${folderOf(documentName)}header${n}.xml`;
  };
  const relationships: string[] = [];
  let sectPr = first.xml;
  /** A new header part holding `paragraph`, related as `id` and referenced by the first section as its `type`. */
  const addHeader = (type: "default" | "first", id: string, paragraph: string): void => {
    const name = freeName();
    newParts.push([name, headerPart(paragraph)]);
    relationships.push(
      `<Relationship Id="${id}" Type="${headerType}" Target="${name.slice(folderOf(documentName).length)}"/>`,
    );
    sectPr = insertInSection(sectPr, "w:headerReference", `<w:headerReference w:type="${type}" r:id="${id}"/>`);
  };

  for (const section of sections) {
    const id = referenceOf(section.xml, "headerReference", "default");
    const part = id === undefined ? undefined : targets.get(id);
    const xml = part === undefined ? undefined : parts.read(part);
    const open = xml === undefined ? undefined : findTag(xml, "w:hdr");
    if (part === undefined || xml === undefined || open === undefined || pageField.test(xml)) continue;
    const text = open.tag.endsWith("/>")
      ? xml.replace(open.tag, `${open.tag.slice(0, -2)}>${pageParagraph}</w:hdr>`)
      : replaceAt(xml, [{ at: open.at + open.tag.length, length: 0, text: pageParagraph }]);
    parts.write(part, text);
  }
  if (referenceOf(sectPr, "headerReference", "default") === undefined)
    addHeader("default", pageHeaderId, pageParagraph);

  const firstId = referenceOf(sectPr, "headerReference", "first");
  const firstXml = firstId === undefined ? undefined : parts.read(targets.get(firstId) ?? "");
  if (firstId === undefined || (firstXml !== undefined && pageField.test(firstXml))) {
    if (firstId !== undefined)
      sectPr = sectPr.replace(new RegExp(`<w:headerReference\\s[^>]*r:id="${firstId}"[^>]*>`, "u"), "");
    addHeader("first", firstHeaderId, "<w:p/>");
  }
  if (referenceOf(sectPr, "footerReference", "first") === undefined) {
    const footer = referenceOf(sectPr, "footerReference", "default");
    const footerXml = footer === undefined ? undefined : parts.read(targets.get(footer) ?? "");
    if (footer !== undefined && footerXml !== undefined && !pageField.test(footerXml)) {
      sectPr = insertInSection(sectPr, "w:footerReference", `<w:footerReference w:type="first" r:id="${footer}"/>`);
    }
  }
  if (!/<w:titlePg(?=[\s/>])/u.test(sectPr)) sectPr = insertInSection(sectPr, "w:titlePg", "<w:titlePg/>");
  else sectPr = sectPr.replace(/<w:titlePg\s+w:val="(?:false|0|off)"\s*\/>/u, "<w:titlePg/>");

  let xml = replaceAt(document, [{ at: first.at, length: first.xml.length, text: sectPr }]);
  if (!/^[\s\S]*?<w:document[^>]*\sxmlns:r=/u.test(xml)) {
    xml = xml.replace(/<w:document(?=[\s>])/u, `<w:document xmlns:r="${relationshipsNamespace}"`);
  }
  parts.write(documentName, xml);
  for (const [name, part] of newParts) parts.write(name, part);
  if (relationships.length > 0)
    parts.write(relsName, rels.replace(/<\/Relationships>\s*$/u, `${relationships.join("")}</Relationships>`));
  const overrides = newParts
    .filter(([name]) => !types.includes(`PartName="/${name}"`))
    .map(([name]) => `<Override PartName="/${name}" ContentType="${headerContentType}"/>`);
  if (overrides.length > 0)
    parts.write("[Content_Types].xml", types.replace(/<\/Types>\s*$/u, `${overrides.join("")}</Types>`));
};
