import { type Document, Packer, type XmlComponent } from "docx";
import { type CompiledParts, compiledParts } from "./packDocx.ts";
import { stringifyXml, type XmlableObject } from "./stringifyXml.ts";

/**
 * The parts docx writes the same for every document `frameDocument` makes (it gives them all the same styles,
 * numbering, settings, fonts, theme, notes and application properties), formatted by docx once per process.
 */
const SHARED_PARTS = [
  "_rels/.rels",
  "docProps/app.xml",
  "word/styles.xml",
  "word/numbering.xml",
  "word/settings.xml",
  "word/theme/theme1.xml",
  "word/fontTable.xml",
  "word/_rels/fontTable.xml.rels",
  "word/footnotes.xml",
  "word/_rels/footnotes.xml.rels",
  "word/endnotes.xml",
  "word/_rels/endnotes.xml.rels",
] as const;

const FONT_TABLE_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable";

type Relationships = Document["Document"]["Relationships"];
type ConcreteNumberings = Document["Numbering"]["ConcreteNumbering"];

/**
 * PRIVATE API of docx 9.15.2 (pinned exactly): the compiler behind `Packer`, whose formatter turns a component into
 * the object docx writes as XML, and whose replacers fill the `{key}` placeholders of images and lists.
 */
interface Compiler {
  readonly formatter: { format(component: XmlComponent, context: object): XmlableObject };
  readonly imageReplacer: { replace(xml: string, images: readonly never[], offset: number): string };
  readonly numberingReplacer: { replace(xml: string, numberings: ConcreteNumberings): string };
}

const compilerOf = (): Compiler | undefined => {
  const compiler = (Packer as unknown as { readonly compiler?: Partial<Compiler> }).compiler;
  return typeof compiler?.formatter?.format === "function" &&
    typeof compiler.imageReplacer?.replace === "function" &&
    typeof compiler.numberingReplacer?.replace === "function"
    ? (compiler as Compiler)
    : undefined;
};

/** Whether `file` holds none of what no framed document has: images, comments, macros, fonts, a bibliography, charts. */
const plain = (file: Document): boolean =>
  file.Media.Array.length === 0 &&
  file.Comments.IsEmpty &&
  file.Macros === undefined &&
  file.Bibliography === undefined &&
  file.FontTable.files.length === 0 &&
  file.PackageParts.Array.length === 0;

let shared: ReadonlyMap<string, string | Uint8Array> | undefined;

/**
 * Forgets the shared parts: the next framed document is compiled whole again, and gives them anew. For tests, which
 * compare that full compile's bytes with the next document's.
 */
export const forgetSharedParts = (): void => {
  shared = undefined;
};

/** The parts docx formats for what differs between framed documents: body, headers, footers, their relationships. */
const ownParts = (file: Document, compiler: Compiler): Map<string, string | Uint8Array> | undefined => {
  const copy = (file.Document.Relationships.constructor as { readonly copy?: (from: Relationships) => Relationships })
    .copy;
  if (typeof copy !== "function") return undefined;
  const xml = (component: XmlComponent, viewWrapper: object, standalone: boolean) =>
    stringifyXml(compiler.formatter.format(component, { viewWrapper, file, stack: [] }), standalone);
  const filled = (data: string, offset: number) =>
    compiler.numberingReplacer.replace(
      compiler.imageReplacer.replace(data, [], offset),
      file.Numbering.ConcreteNumbering,
    );
  const parts = new Map<string, string | Uint8Array>();
  const numberings = file.Numbering.ConcreteNumbering.length;
  const documentXml = xml(file.Document.View, file.Document, true);
  if (!plain(file)) return undefined;
  const relationships = copy(file.Document.Relationships);
  parts.set("word/document.xml", filled(documentXml, relationships.RelationshipCount + 1));
  relationships.addRelationship(relationships.RelationshipCount + 1, FONT_TABLE_RELATIONSHIP, "fontTable.xml");
  parts.set("word/_rels/document.xml.rels", xml(relationships, file.Document, false));
  for (const [kind, wrappers] of [
    ["header", file.Headers],
    ["footer", file.Footers],
  ] as const) {
    for (const [index, wrapper] of wrappers.entries()) {
      parts.set(`word/${kind}${index + 1}.xml`, filled(xml(wrapper.View, wrapper, false), 0));
      parts.set(`word/_rels/${kind}${index + 1}.xml.rels`, xml(copy(wrapper.Relationships), wrapper, false));
    }
  }
  // A Word list used in the text would add its numbering to word/numbering.xml: then that part is not the shared one.
  if (file.Numbering.ConcreteNumbering.length !== numberings) return undefined;
  parts.set("docProps/custom.xml", xml(file.CustomProperties, file.Document, true));
  parts.set("[Content_Types].xml", xml(file.ContentTypes, file.Document, false));
  return parts;
};

/**
 * The parts of a document made by `frameDocument`, as docx's compiler gives them (`docProps/core.xml` aside, which
 * `zipParts` writes itself), formatting only what differs from one framed document to the next: the parts all of them
 * share come from the first one's full compile in this process. `undefined` when docx's private compiler is not
 * there, and a full compile when the document holds what no framed document has (images, comments, macros, fonts,
 * bibliography, charts, Word lists): framedParts.test.ts checks that every template's parts equal a full compile's.
 */
export const framedParts = (file: Document): CompiledParts | undefined => {
  const compiler = compilerOf();
  if (compiler !== undefined && plain(file) && shared !== undefined) {
    const own = ownParts(file, compiler);
    if (own !== undefined) {
      for (const [name, data] of shared) own.set(name, data);
      return own;
    }
  }
  const numberings = file.Numbering.ConcreteNumbering.length;
  const parts = compiledParts(file);
  const sharable = file.Numbering.ConcreteNumbering.length === numberings && plain(file);
  if (parts !== undefined && compiler !== undefined && sharable && shared === undefined) {
    const common = new Map<string, string | Uint8Array>();
    for (const name of SHARED_PARTS) {
      const data = parts.get(name);
      if (data === undefined) return parts;
      common.set(name, data);
    }
    shared = common;
  }
  return parts;
};
