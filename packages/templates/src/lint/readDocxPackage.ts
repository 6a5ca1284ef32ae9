import { docxLimits } from "./docxLimits.ts";
import { inflateZipEntry } from "./inflateZipEntry.ts";
import { childrenOf, type ParsedXml, parseXml, type XmlElement } from "./parseXml.ts";
import { readZipDirectory } from "./readZipDirectory.ts";

/** One relationship of a part: its type (the last segment of the type URI) and its target part name. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

/** The parts of a .docx the linter reads, as text, with the main document's name and relationships. */
export interface DocxPackage {
  /** The main document part, normally `word/document.xml`. */
  readonly documentName: string;
  readonly document: XmlElement;
  /** The main document's relationships by id. */
  readonly relationships: ReadonlyMap<string, Relationship>;
  /** A part's parsed XML, or `undefined` when the package has no such part or it is not XML. */
  readonly part: (name: string) => XmlElement | undefined;
  /** The parts read so far that were refused, too large or corrupt: {@link DocxPackage.part} gave `undefined`. */
  readonly problems: () => readonly PartProblem[];
}

/**
 * A part the reader refused: larger than {@link docxLimits} allow (`docx.too-large`), or whose bytes are not what
 * the zip directory declares, cut short or failing their CRC-32 (`docx.corrupt-part`). Its `code` is a rule id.
 */
export interface PartProblem {
  readonly code: "docx.too-large" | "docx.corrupt-part";
  readonly part: string;
  readonly params: { readonly part: string } & Readonly<Record<string, string>>;
}

/** Why a file could not be read as a .docx. */
export type UnreadableReason = "not-zip" | "no-document" | "bad-xml" | "too-many-entries";

const megabytes = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

const problemOf = (code: PartProblem["code"], part: string): PartProblem => ({
  code,
  part,
  params:
    code === "docx.too-large"
      ? { part, limit: megabytes(docxLimits.maxInflatedBytes), elements: String(docxLimits.maxElements) }
      : { part },
});

const utf8 = new TextDecoder();

const relsName = (part: string): string => {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
};

/** The part name a relationship target of `source` points to: relative to its folder, or absolute from the root. */
const resolveTarget = (source: string, target: string): string => {
  const segments = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
};

const readRelationships = (root: XmlElement | undefined, source: string): Map<string, Relationship> => {
  const map = new Map<string, Relationship>();
  if (root === undefined) return map;
  const elements = [...childrenOf(root, "pr:Relationship"), ...childrenOf(root, "Relationship")];
  for (const element of elements) {
    const { Id: id, Type: type, Target: target, TargetMode: mode } = element.attrs;
    if (id === undefined || type === undefined || target === undefined || mode === "External") continue;
    map.set(id, { id, type: type.slice(type.lastIndexOf("/") + 1), target: resolveTarget(source, target) });
  }
  return map;
};

/**
 * Opens a .docx (any WordprocessingML package, ours or Word's) and parses the XML parts the linter needs, lazily:
 * the zip directory is read at once, a part is inflated and parsed the first time it is asked for, within one budget
 * of bytes and elements for the package ({@link docxLimits}). A part over the budget, or whose bytes are not what the
 * directory declares, is refused: the main document with `reason: "refused"` and its problem, another part by
 * `part` answering `undefined` and the problem listed by `problems()`. Never throws: a file that is not a zip, has
 * no main document or whose main document is not XML gives a reason.
 *
 * @example
 * ```ts
 * const opened = readDocxPackage(bytes);
 * if (opened.ok) opened.docx.documentName; // "word/document.xml"
 * ```
 */
export const readDocxPackage = (
  bytes: Uint8Array,
):
  | { readonly ok: true; readonly docx: DocxPackage }
  | { readonly ok: false; readonly reason: UnreadableReason; readonly problem?: undefined }
  | { readonly ok: false; readonly reason: "refused"; readonly problem: PartProblem } => {
  const directory = readZipDirectory(bytes, docxLimits.maxEntries);
  if (!directory.ok) return { ok: false, reason: directory.reason };
  const { entries } = directory;
  let bytesLeft: number = docxLimits.maxInflatedBytes;
  let elementsLeft: number = docxLimits.maxElements;
  const problems: PartProblem[] = [];
  const cache = new Map<string, ParsedXml | PartProblem | undefined>();
  const read = (name: string): ParsedXml | PartProblem | undefined => {
    const entry = /\.(?:xml|rels)$/iu.test(name) ? entries.get(name) : undefined;
    if (entry === undefined) return undefined;
    const inflated = inflateZipEntry(bytes, entry, bytesLeft);
    if (!inflated.ok) return problemOf(inflated.reason === "too-large" ? "docx.too-large" : "docx.corrupt-part", name);
    bytesLeft -= inflated.data.byteLength;
    const parsed = parseXml(utf8.decode(inflated.data), { maxElements: elementsLeft });
    if (parsed.ok) elementsLeft -= parsed.elements;
    else if (parsed.reason === "too-many-elements") return problemOf("docx.too-large", name);
    return parsed;
  };
  const parsedPart = (name: string): ParsedXml | PartProblem | undefined => {
    if (!cache.has(name)) {
      const parsed = read(name);
      if (parsed !== undefined && "code" in parsed) problems.push(parsed);
      cache.set(name, parsed);
    }
    return cache.get(name);
  };
  const rootOf = (name: string): XmlElement | undefined => {
    const parsed = parsedPart(name);
    return parsed !== undefined && "ok" in parsed && parsed.ok ? parsed.root : undefined;
  };

  const packageRels = readRelationships(rootOf("_rels/.rels"), "");
  const main = [...packageRels.values()].find((rel) => rel.type === "officeDocument")?.target;
  const documentName = main !== undefined && entries.has(main) ? main : "word/document.xml";
  const document = parsedPart(documentName);
  if (document === undefined) return { ok: false, reason: "no-document" };
  if ("code" in document) return { ok: false, reason: "refused", problem: document };
  if (!document.ok || document.root.name !== "w:document") return { ok: false, reason: "bad-xml" };

  return {
    ok: true,
    docx: {
      documentName,
      document: document.root,
      relationships: readRelationships(rootOf(relsName(documentName)), documentName),
      part: rootOf,
      problems: () => problems,
    },
  };
};
