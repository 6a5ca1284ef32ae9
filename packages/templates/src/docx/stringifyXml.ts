/**
 * An element as docx's `Formatter` gives it: `{ name: children }`, the children an array (attributes as
 * `{ _attr: {...} }` among them, text as strings), an object with `_attr`, or a plain value.
 */
export type XmlableObject = Readonly<Record<string, unknown>>;

const ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  '"': "&quot;",
  "'": "&apos;",
  "<": "&lt;",
  ">": "&gt;",
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: docx drops the C0 controls XML 1.0 cannot carry.
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

const escapeValue = (value: unknown): unknown =>
  typeof value === "string" ? value.replace(ESCAPED, (char) => ESCAPES[char] ?? "") : value;

const attributesOf = (attributes: Readonly<Record<string, unknown>>): string => {
  let written = "";
  for (const [key, value] of Object.entries(attributes)) written += ` ${key}="${String(escapeValue(value))}"`;
  return written;
};

/**
 * One element written as docx 9.15.2's `stringifyXmlable` writes it without indentation (its own port of the `xml`
 * package, quirks kept: a text child drops the child before it, an empty array writes `<a></a>`, `{}` writes `<a/>`).
 */
const element = (data: XmlableObject): string => {
  const name = Object.keys(data)[0];
  const values = name === undefined ? undefined : data[name];
  let attributes = "";
  const content: unknown[] = [];
  if (typeof values === "object") {
    if (values !== null) {
      const { _attr: attr, _cdata: cdata } = values as { readonly _attr?: XmlableObject; readonly _cdata?: string };
      if (attr) attributes += attributesOf(attr);
      if (cdata) content.push(`<![CDATA[${cdata.replace(/\]\]>/g, "]]]]><![CDATA[>")}]]>`);
      if (Array.isArray(values)) {
        let isStringContent = false;
        content.push("");
        for (const value of values as readonly unknown[]) {
          if (typeof value === "object") {
            const child = value as XmlableObject;
            if (Object.keys(child)[0] === "_attr") attributes += attributesOf(child._attr as XmlableObject);
            else content.push(element(child));
          } else {
            content.pop();
            isStringContent = true;
            content.push(escapeValue(value));
          }
        }
        if (!isStringContent) content.push("");
      }
    }
  } else content.push(escapeValue(values));
  const open = (name ? `<${name}` : "") + attributes;
  if (content.length === 0) return `${open}/>`;
  let inner = "";
  for (const child of content) inner += child === undefined ? "" : String(child);
  return name ? `${open}>${inner}</${name}>` : open + inner;
};

/**
 * The XML of an object from docx's `Formatter`, byte for byte as docx's own writer gives it when not prettified:
 * the declaration (`standalone="yes"` when asked), then the element. Only what docx does, faster: no indentation.
 */
export const stringifyXml = (input: XmlableObject, standalone: boolean): string =>
  `<?xml version="1.0" encoding="UTF-8"${standalone ? ' standalone="yes"' : ""}?>${element(input)}`;
