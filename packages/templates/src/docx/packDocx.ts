import { type Document, Packer } from "docx";
import { strToU8, type Unzipped, unzipSync } from "fflate";
import { vietnamCivilFields } from "../text/toInstant.ts";
import { type DeflatedPart, deflatePart, zipDeflated } from "./zipDeflated.ts";

/** What `docProps/core.xml` records. */
export interface CoreProperties {
  readonly title: string;
  readonly creator: string;
  readonly lastModifiedBy: string;
  readonly generatedAt: Date;
}

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/gu, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] ?? c);

/** W3CDTF in UTC to the second: «2020-09-14T17:00:00Z». */
const w3cdtf = (instant: Date): string => `${instant.toISOString().slice(0, 19)}Z`;

/** A fixed `docProps/core.xml`: docx would stamp it with the current time. */
export const corePropertiesXml = (core: CoreProperties): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
  'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  `<dc:title>${escapeXml(core.title)}</dc:title>` +
  `<dc:creator>${escapeXml(core.creator)}</dc:creator>` +
  `<cp:lastModifiedBy>${escapeXml(core.lastModifiedBy)}</cp:lastModifiedBy>` +
  "<cp:revision>1</cp:revision>" +
  `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cdtf(core.generatedAt)}</dcterms:created>` +
  `<dcterms:modified xsi:type="dcterms:W3CDTF">${w3cdtf(core.generatedAt)}</dcterms:modified>` +
  "</cp:coreProperties>";

const FIRST_PARTS = [
  "[Content_Types].xml",
  "_rels/.rels",
  "docProps/core.xml",
  "docProps/app.xml",
  "docProps/custom.xml",
  "word/document.xml",
];

/** Part names in a fixed order: the usual first parts, then the rest by code unit (never by locale). */
export const partOrder = (names: readonly string[]): string[] => {
  const first = FIRST_PARTS.filter((name) => names.includes(name));
  const rest = names.filter((name) => !FIRST_PARTS.includes(name)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return [...first, ...rest];
};

/**
 * The zip entries' modification time. A zip stores MS-DOS time, which has no zone: fflate writes it from the
 * Date's *local* fields (getFullYear, getHours, …). So the Date is built deliberately from local fields, the
 * document's civil date in Vietnam at 12:00, and every host writes the same bytes whatever its TZ. Noon never
 * falls in a daylight-saving gap, which could shift a local time that does not exist. DOS years run 1980-2107.
 */
const zipTime = (generatedAt: Date): Date => {
  const { year, month, day } = vietnamCivilFields(generatedAt);
  if (year < 1980) return new Date(1980, 0, 1, 12, 0, 0);
  if (year > 2099) return new Date(2099, 11, 31, 12, 0, 0);
  return new Date(year, month - 1, day, 12, 0, 0);
};

/** The parts of a package by path, as docx's compiler returns them: XML as strings, media as bytes. */
export type CompiledParts = ReadonlyMap<string, string | Uint8Array>;

/**
 * The uncompressed parts of `document`, from docx's compiler, or `undefined` when the installed docx has no such
 * compiler. PRIVATE API: `Packer.compiler.compile(file, prettify, overrides)` is a private static of docx 9.15.2
 * (pinned exactly in package.json); `Packer.pack` calls it, then zips its result. Calling it ourselves lets us zip
 * once, in our order and with our time, instead of letting docx zip, unzipping and zipping again. packDocx.test.ts
 * fails loudly if an upgrade of docx changes it; `packDocx` then falls back to the public `Packer.pack`.
 */
export const compiledParts = (document: Document): CompiledParts | undefined => {
  const compiler = (Packer as unknown as { readonly compiler?: { readonly compile?: unknown } }).compiler;
  const compile = compiler?.compile;
  if (typeof compile !== "function") return undefined;
  const parts: unknown = compile.call(compiler, document, undefined, []);
  if (!(parts instanceof Map)) return undefined;
  for (const data of parts.values()) if (typeof data !== "string" && !(data instanceof Uint8Array)) return undefined;
  return parts as CompiledParts;
};

/** The parts through docx's public API: packed by docx, unzipped again. */
export const packedParts = async (document: Document): Promise<Unzipped> =>
  unzipSync(await Packer.pack(document, "uint8array", false));

/** The parts whose bytes change with every document: never kept in {@link deflatedParts}. */
const OWN_PARTS: ReadonlySet<string> = new Set(["word/document.xml", "docProps/core.xml"]);

const KEPT_PARTS = 64;

/**
 * The parts DEFLATEd lately, by their XML: styles, numbering, settings, theme, headers… come back byte for byte in
 * every document, and deflating them is a quarter of packing one. The oldest goes when more than 64 are kept.
 */
const deflatedParts = new Map<string, DeflatedPart>();

const deflated = (name: string, data: string | Uint8Array): DeflatedPart => {
  if (typeof data !== "string") return deflatePart(data);
  if (OWN_PARTS.has(name)) return deflatePart(strToU8(data));
  const kept = deflatedParts.get(data);
  if (kept !== undefined) return kept;
  const part = deflatePart(strToU8(data));
  if (deflatedParts.size >= KEPT_PARTS) {
    const oldest = deflatedParts.keys().next();
    if (oldest.done !== true) deflatedParts.delete(oldest.value);
  }
  deflatedParts.set(data, part);
  return part;
};

/**
 * The parts zipped once, deterministically: our `docProps/core.xml`, a fixed order, a fixed time, DEFLATE level 6 —
 * the bytes fflate's `zipSync` writes for them, a part met again in this process not deflated again.
 */
export const zipParts = (
  parts: Readonly<Record<string, string | Uint8Array>>,
  core: CoreProperties,
): Uint8Array<ArrayBuffer> => {
  const all: Record<string, string | Uint8Array> = { ...parts, "docProps/core.xml": corePropertiesXml(core) };
  const entries: [string, DeflatedPart][] = [];
  for (const name of partOrder(Object.keys(all))) {
    const data = all[name];
    if (data !== undefined) entries.push([name, deflated(name, data)]);
  }
  return zipDeflated(entries, zipTime(core.generatedAt));
};

/**
 * Packs a docx `Document` into deterministic bytes: fixed core properties, all parts zipped once with fflate in a
 * fixed order with a fixed time. Same document and `generatedAt` ⇒ the same bytes, in any time zone.
 */
export const packDocx = async (
  document: Document,
  core: CoreProperties,
  compile: (document: Document) => CompiledParts | undefined = compiledParts,
): Promise<Uint8Array<ArrayBuffer>> => {
  const compiled = compile(document);
  return zipParts(compiled === undefined ? await packedParts(document) : Object.fromEntries(compiled), core);
};
