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
  | { readonly ok: true; readonly root: XmlElement }
  | { readonly ok: false; readonly reason: "no-root" | "too-deep" };

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

const tokenPattern = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[?!][^>]*>?|<[^>]*>?|[^<]+/gu;
// A name starts only after a space or a quote: tried at every position of a long word, it would backtrack quadratically.
const attrPattern = /(?<=[\s"'])([^\s=/>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gu;
const namePattern = /^<\/?\s*([^\s/>]+)/u;

/**
 * Parses an XML part into a small tree, forgivingly and without a DOM: comments, processing instructions and
 * doctype are skipped, a stray closing tag is ignored, unclosed elements are closed at the end. Prefixes are
 * mapped to canonical ones by namespace URI, so `<x:p xmlns:x="…wordprocessingml…">` reads as `w:p`. Never throws;
 * a part with no element or nested deeper than any document is refused with a reason.
 *
 * @example
 * ```ts
 * const parsed = parseXml('<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:r/></w:p>');
 * parsed.ok && parsed.root.name; // "w:p"
 * ```
 */
export const parseXml = (xml: string): ParsedXml => {
  const prefixes = new Map<string, string>();
  for (const [, prefix = "", uri = ""] of xml.matchAll(/\sxmlns(?::([^\s=/>]+))?\s*=\s*["']([^"']*)["']/gu)) {
    const canonical = canonicalPrefixes[uri];
    if (canonical !== undefined && !prefixes.has(prefix)) prefixes.set(prefix, canonical);
  }
  const canonicalName = (name: string): string => {
    const colon = name.indexOf(":");
    if (colon < 0) {
      const fallback = prefixes.get("");
      return fallback === undefined ? name : `${fallback}:${name}`;
    }
    const canonical = prefixes.get(name.slice(0, colon));
    return canonical === undefined ? name : `${canonical}:${name.slice(colon + 1)}`;
  };
  const canonicalAttr = (name: string): string => {
    const colon = name.indexOf(":");
    if (colon < 0 || name.startsWith("xmlns")) return name;
    const canonical = prefixes.get(name.slice(0, colon));
    return canonical === undefined ? name : `${canonical}:${name.slice(colon + 1)}`;
  };

  interface Open {
    readonly name: string;
    readonly attrs: Record<string, string>;
    readonly children: XmlNode[];
  }
  const top: Open = { name: "#document", attrs: {}, children: [] };
  const stack: Open[] = [top];
  for (const [token] of xml.matchAll(tokenPattern)) {
    const current = stack[stack.length - 1] as Open;
    if (!token.startsWith("<")) {
      if (stack.length > 1) current.children.push(decode(token));
      continue;
    }
    if (token.startsWith("<![CDATA[")) {
      if (stack.length > 1) current.children.push(token.slice(9).replace(/\]\]>$/u, ""));
      continue;
    }
    if (token.startsWith("<!") || token.startsWith("<?")) continue;
    const rawName = namePattern.exec(token)?.[1];
    if (rawName === undefined) continue;
    const name = canonicalName(rawName);
    if (token.startsWith("</")) {
      const at = stack.findLastIndex((open) => open.name === name);
      if (at > 0) stack.length = at;
      continue;
    }
    const attrs: Record<string, string> = Object.create(null);
    for (const [, attr = "", double, single] of token.matchAll(attrPattern)) {
      attrs[canonicalAttr(attr)] = decode(double ?? single ?? "");
    }
    const element: Open = { name, attrs, children: [] };
    current.children.push(element);
    if (!token.endsWith("/>")) {
      if (stack.length > maxDepth) return { ok: false, reason: "too-deep" };
      stack.push(element);
    }
  }
  const root = top.children.find((child): child is XmlElement => typeof child !== "string");
  return root === undefined ? { ok: false, reason: "no-root" } : { ok: true, root };
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
