/** An element of a parsed XML part: its name and attributes with canonical prefixes (`w:`, `a:`, …), its children. */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

/** A child of an element: an element or a run of character data (entities decoded). */
export type XmlNode = XmlElement | string;

/** What {@link parseXml} returns: the root, or why there is none. */
export type ParsedXml =
  | { readonly ok: true; readonly root: XmlElement; readonly elements: number }
  | { readonly ok: false; readonly reason: "no-root" | "too-deep" | "too-many-elements" };

/**
 * Options of {@link parseXml}: how many elements, text nodes included, a part may hold before it is refused (a part
 * of millions of empty paragraphs is not a document, and its tree would not fit in memory).
 *
 * @example
 * ```ts
 * const options: ParseXmlOptions = { maxElements: 1_000_000 };
 * ```
 */
export interface ParseXmlOptions {
  readonly maxElements?: number;
}

/** Namespaces the linter reads, whatever prefix a producer chose for them. */
const canonicalPrefixes: Readonly<Record<string, string>> = {
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main": "w",
  "http://purl.oclc.org/ooxml/wordprocessingml/main": "w",
  "http://schemas.openxmlformats.org/drawingml/2006/main": "a",
  "http://purl.oclc.org/ooxml/drawingml/main": "a",
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships": "r",
  "http://purl.oclc.org/ooxml/officeDocument/relationships": "r",
  "http://schemas.openxmlformats.org/markup-compatibility/2006": "mc",
  "http://schemas.openxmlformats.org/package/2006/relationships": "pr",
};

/** Elements deeper than this are not a real document: the part is refused rather than walked. */
const maxDepth = 256;
const defaultMaxElements = 2_000_000;

/** Elements whose whitespace-only text is text; elsewhere it is the indentation between elements, and dropped. */
const textElements = new Set(["w:t", "w:instrText", "w:delText", "w:delInstrText", "a:t", "t"]);

/** The prototype of every attribute map: no inherited key, and unlike `Object.create(null)` it keeps maps compact. */
const attrsPrototype: Readonly<Record<string, string>> = Object.freeze(Object.create(null));
const tooMany: ParsedXml = { ok: false, reason: "too-many-elements" };
const noAttrs: Readonly<Record<string, string>> = Object.freeze(Object.create(attrsPrototype));
/** Revision ids Word writes on most elements: no rule reads them, and they would be most of a part's attributes. */
const isRevisionId = (name: string): boolean =>
  name.startsWith("w:rsid") || name === "w14:paraId" || name === "w14:textId";
const noChildren: readonly XmlNode[] = Object.freeze([]);

const entities: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

const codePoint = (value: number): string =>
  Number.isInteger(value) && value >= 0 && value <= 0x10ffff ? String.fromCodePoint(value) : "\uFFFD";

const decode = (text: string): string =>
  text.includes("&")
    ? text.replace(/&(#x[0-9a-fA-F]{1,8}|#\d{1,10}|amp|lt|gt|quot|apos);/gu, (_, name: string) =>
        name.startsWith("#x")
          ? codePoint(Number.parseInt(name.slice(2), 16))
          : name.startsWith("#")
            ? codePoint(Number.parseInt(name.slice(1), 10))
            : (entities[name] ?? ""),
      )
    : text;

/** Tags whose attributes are longer than this are not looked up among the shared ones. */
const maxShared = 160;
const maxSharedEntries = 10_000;

const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 9 || code === 13;
const isBlank = (text: string): boolean => {
  for (let i = 0; i < text.length; i += 1) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
};
/** Ends a name: whitespace, `/`, `>`, `=` or a quote. */
const endsName = (code: number): boolean =>
  isSpace(code) || code === 47 || code === 62 || code === 61 || code === 34 || code === 39;

/** The attributes of a tag, from its name to its end: a name starts only after a space or a quote. */
const readAttributes = (
  xml: string,
  from: number,
  tagEnd: number,
  canonicalAttr: (name: string) => string,
): Readonly<Record<string, string>> => {
  let p = from;
  let attrs = noAttrs;
  while (p < tagEnd) {
    const code = xml.charCodeAt(p);
    if (!isSpace(code) && code !== 34 && code !== 39) {
      p += 1;
      continue;
    }
    p += 1;
    while (p < tagEnd && isSpace(xml.charCodeAt(p))) p += 1;
    const attrStart = p;
    while (p < tagEnd && !endsName(xml.charCodeAt(p))) p += 1;
    if (p === attrStart) continue;
    const attrEnd = p;
    while (p < tagEnd && isSpace(xml.charCodeAt(p))) p += 1;
    if (xml.charCodeAt(p) !== 61) continue;
    p += 1;
    while (p < tagEnd && isSpace(xml.charCodeAt(p))) p += 1;
    const quote = xml.charCodeAt(p);
    if (quote !== 34 && quote !== 39) continue;
    const valueStart = p + 1;
    const valueEnd = xml.indexOf(quote === 34 ? '"' : "'", valueStart);
    if (valueEnd < 0 || valueEnd > tagEnd) break;
    const attr = canonicalAttr(xml.slice(attrStart, attrEnd));
    p = valueEnd;
    if (isRevisionId(attr)) continue;
    if (attrs === noAttrs) attrs = Object.create(attrsPrototype) as Record<string, string>;
    (attrs as Record<string, string>)[attr] = decode(xml.slice(valueStart, valueEnd));
  }
  return attrs;
};

interface Open {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  children: XmlNode[];
}

/**
 * Parses an XML part into a small tree, forgivingly and without a DOM: comments, processing instructions and
 * doctype are skipped, a stray closing tag is ignored, unclosed elements are closed at the end. Prefixes are
 * mapped to canonical ones by namespace URI, so `<x:p xmlns:x="…wordprocessingml…">` reads as `w:p`. Only the five
 * predefined entities and character references are decoded: a doctype's entities are never expanded. Kept compact
 * for parts of millions of elements: whitespace between elements is dropped (not in `w:t` and other text elements),
 * Word's revision ids (`w:rsid…`, `w14:paraId`, `w14:textId`) are left out, and an empty element or a set of
 * attributes repeated in a part is one shared, read-only object. Never throws; a part with no element, nested deeper
 * than any document or holding more than `maxElements` elements and text nodes is refused with a reason.
 *
 * @example
 * ```ts
 * const parsed = parseXml('<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:r/></w:p>');
 * parsed.ok && parsed.root.name; // "w:p"
 * ```
 */
export const parseXml = (xml: string, options: ParseXmlOptions = {}): ParsedXml => {
  const maxElements = options.maxElements ?? defaultMaxElements;
  const prefixes = new Map<string, string>();
  for (const [, prefix = "", uri = ""] of xml.matchAll(/\sxmlns(?::([^\s=/>]+))?\s*=\s*["']([^"']*)["']/gu)) {
    const canonical = canonicalPrefixes[uri];
    if (canonical !== undefined && !prefixes.has(prefix)) prefixes.set(prefix, canonical);
  }
  const names = new Map<string, string>();
  const canonicalName = (name: string): string => {
    let known = names.get(name);
    if (known === undefined) {
      const colon = name.indexOf(":");
      const canonical = colon < 0 ? prefixes.get("") : prefixes.get(name.slice(0, colon));
      known = canonical === undefined ? name : `${canonical}:${name.slice(colon + 1)}`;
      names.set(name, known);
    }
    return known;
  };
  const attrNames = new Map<string, string>();
  const canonicalAttr = (name: string): string => {
    let known = attrNames.get(name);
    if (known === undefined) {
      const colon = name.indexOf(":");
      const canonical = colon < 0 || name.startsWith("xmlns") ? undefined : prefixes.get(name.slice(0, colon));
      known = canonical === undefined ? name : `${canonical}:${name.slice(colon + 1)}`;
      attrNames.set(name, known);
    }
    return known;
  };

  const top: Open = { name: "#document", attrs: noAttrs, children: [] };
  const stack: Open[] = [top];
  let current = top;
  let elements = 0;
  const append = (node: XmlNode) => {
    if (current.children === noChildren) current.children = [];
    current.children.push(node);
  };
  /** A growing array keeps spare room: an exact copy is far smaller when millions of elements are kept. */
  const close = (open: Open) => {
    if (open.children !== noChildren) open.children = open.children.slice();
  };
  /** Appends a text node, counted as an element: false when that is one too many. */
  const appendText = (text: string): boolean => {
    if (stack.length === 1) return true;
    if (isBlank(text) && !textElements.has(current.name) && current.attrs["xml:space"] !== "preserve") return true;
    elements += 1;
    append(text);
    return elements <= maxElements;
  };

  // Elements are read-only: the same attributes, and the same empty element (`<w:b/>`, `<w:sz w:val="28"/>`), are
  // one object however often a part repeats them.
  const sharedAttrs = new Map<string, Readonly<Record<string, string>>>();
  const sharedLeaves = new Map<string, Map<string, Open>>();
  let sharedCount = 0;
  const readAttrs = (from: number, tagEnd: number) => readAttributes(xml, from, tagEnd, canonicalAttr);

  const length = xml.length;
  let at = 0;
  while (at < length) {
    const lt = xml.indexOf("<", at);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > at && !appendText(decode(xml.slice(at, textEnd)))) return tooMany;
    if (lt < 0) break;
    if (xml.startsWith("<!--", lt)) {
      const close = xml.indexOf("-->", lt + 4);
      at = close < 0 ? length : close + 3;
      continue;
    }
    if (xml.startsWith("<![CDATA[", lt)) {
      const close = xml.indexOf("]]>", lt + 9);
      if (!appendText(xml.slice(lt + 9, close < 0 ? length : close))) return tooMany;
      at = close < 0 ? length : close + 3;
      continue;
    }
    const gt = xml.indexOf(">", lt + 1);
    const tagEnd = gt < 0 ? length : gt;
    at = gt < 0 ? length : gt + 1;
    const second = xml.charCodeAt(lt + 1);
    if (second === 33 || second === 63) continue;
    const closing = second === 47;
    let p = closing ? lt + 2 : lt + 1;
    while (p < tagEnd && isSpace(xml.charCodeAt(p))) p += 1;
    const nameStart = p;
    while (p < tagEnd && !isSpace(xml.charCodeAt(p)) && xml.charCodeAt(p) !== 47) p += 1;
    if (p === nameStart) continue;
    const name = canonicalName(xml.slice(nameStart, p));
    if (closing) {
      const index = stack.findLastIndex((open) => open.name === name);
      if (index > 0) {
        while (stack.length > index) close(stack.pop() as Open);
        current = stack[index - 1] as Open;
      }
      continue;
    }

    const selfClosing = gt >= 0 && xml.charCodeAt(tagEnd - 1) === 47;
    const raw = tagEnd - p <= maxShared ? xml.slice(p, tagEnd) : undefined;
    elements += 1;
    if (elements > maxElements) return tooMany;
    const shared = selfClosing && raw !== undefined ? sharedLeaves.get(name)?.get(raw) : undefined;
    if (shared !== undefined) {
      append(shared);
      continue;
    }
    let attrs = raw === undefined ? undefined : sharedAttrs.get(raw);
    if (attrs === undefined) {
      attrs = readAttrs(p, tagEnd);
      if (raw !== undefined && sharedAttrs.size < maxSharedEntries && !/rsid|paraId/u.test(raw)) {
        sharedAttrs.set(raw, attrs);
      }
    }
    const element: Open = { name, attrs, children: noChildren as XmlNode[] };
    append(element);
    if (selfClosing) {
      if (raw !== undefined && sharedCount < maxSharedEntries) {
        sharedCount += 1;
        const byRaw = sharedLeaves.get(name) ?? new Map<string, Open>();
        sharedLeaves.set(name, byRaw.set(raw, element));
      }
    } else {
      if (stack.length > maxDepth) return { ok: false, reason: "too-deep" };
      stack.push(element);
      current = element;
    }
  }
  while (stack.length > 1) close(stack.pop() as Open);
  const root = top.children.find((child): child is XmlElement => typeof child !== "string");
  return root === undefined ? { ok: false, reason: "no-root" } : { ok: true, root, elements };
};

/** The first child element of `element` named `name`. */
export const childOf = (element: XmlElement | undefined, name: string): XmlElement | undefined =>
  element?.children.find((child): child is XmlElement => typeof child !== "string" && child.name === name);

/** Every child element of `element` named `name`. */
export const childrenOf = (element: XmlElement | undefined, name: string): XmlElement[] =>
  (element?.children ?? []).filter((child): child is XmlElement => typeof child !== "string" && child.name === name);

/** The concatenated character data of `element`'s own text children. */
export const textOf = (element: XmlElement): string =>
  element.children.filter((child): child is string => typeof child === "string").join("");
