import { strFromU8, unzipSync } from "fflate";
import { childrenOf, type ParsedXml, parseXml, type XmlElement } from "./parseXml.ts";

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
}

/** Why a file could not be read as a .docx. */
export type UnreadableReason = "not-zip" | "no-document" | "bad-xml";

/** Parts above this size are not read: no text part of a real letter comes near it, a zip bomb does. */
const maxPartSize = 64 * 1024 * 1024;

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

const readRelationships = (parsed: ParsedXml | undefined, source: string): Map<string, Relationship> => {
  const map = new Map<string, Relationship>();
  if (parsed?.ok !== true) return map;
  const elements = [...childrenOf(parsed.root, "pr:Relationship"), ...childrenOf(parsed.root, "Relationship")];
  for (const element of elements) {
    const { Id: id, Type: type, Target: target, TargetMode: mode } = element.attrs;
    if (id === undefined || type === undefined || target === undefined || mode === "External") continue;
    map.set(id, { id, type: type.slice(type.lastIndexOf("/") + 1), target: resolveTarget(source, target) });
  }
  return map;
};

/**
 * Opens a .docx (any WordprocessingML package, ours or Word's) and parses the XML parts the linter needs, lazily.
 * Never throws: a file that is not a zip, has no main document or whose main document is not XML gives a reason.
 *
 * @example
 * ```ts
 * const opened = readDocxPackage(bytes);
 * if (opened.ok) opened.docx.documentName; // "word/document.xml"
 * ```
 */
export const readDocxPackage = (
  bytes: Uint8Array,
): { readonly ok: true; readonly docx: DocxPackage } | { readonly ok: false; readonly reason: UnreadableReason } => {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => file.originalSize <= maxPartSize && /\.(?:xml|rels)$/iu.test(file.name),
    });
  } catch {
    return { ok: false, reason: "not-zip" };
  }
  const cache = new Map<string, ParsedXml | undefined>();
  const parsedPart = (name: string): ParsedXml | undefined => {
    if (!cache.has(name)) {
      const data = Object.hasOwn(files, name) ? files[name] : undefined;
      let parsed: ParsedXml | undefined;
      if (data !== undefined) {
        try {
          parsed = parseXml(strFromU8(data));
        } catch {
          parsed = { ok: false, reason: "no-root" };
        }
      }
      cache.set(name, parsed);
    }
    return cache.get(name);
  };

  const packageRels = readRelationships(parsedPart("_rels/.rels"), "");
  const main = [...packageRels.values()].find((rel) => rel.type === "officeDocument")?.target;
  const documentName = main !== undefined && Object.hasOwn(files, main) ? main : "word/document.xml";
  const document = parsedPart(documentName);
  if (document === undefined) return { ok: false, reason: "no-document" };
  if (!document.ok || document.root.name !== "w:document") return { ok: false, reason: "bad-xml" };

  return {
    ok: true,
    docx: {
      documentName,
      document: document.root,
      relationships: readRelationships(parsedPart(relsName(documentName)), documentName),
      part: (name) => {
        const parsed = parsedPart(name);
        return parsed?.ok === true ? parsed.root : undefined;
      },
    },
  };
};
