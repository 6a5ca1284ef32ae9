import { strFromU8, unzipSync } from "fflate";
import { describeValue } from "./describeValue.ts";
import { TemplateError } from "./TemplateError.ts";
import { templateErrorCodes } from "./templateErrorCodes.ts";

const entities: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

const codePoint = (value: number): string =>
  Number.isInteger(value) && value >= 0 && value <= 0x10ffff ? String.fromCodePoint(value) : "\uFFFD";

const decode = (text: string): string =>
  text.replace(/&(#x[0-9a-fA-F]{1,8}|#\d{1,10}|amp|lt|gt|quot|apos);/gu, (_, name: string) =>
    name.startsWith("#x")
      ? codePoint(Number.parseInt(name.slice(2), 16))
      : name.startsWith("#")
        ? codePoint(Number.parseInt(name.slice(1), 10))
        : (entities[name] ?? ""),
  );

const tagName = (tag: string): string => /^<\/?([^\s/>]+)/u.exec(tag)?.[1] ?? "";

/**
 * The text of a .docx body as one string per paragraph, in reading order, table cells included (row by row,
 * cell by cell): the `w:t` texts joined, a `w:tab` as "\t", a `w:br` or `w:cr` as "\n". Field codes and deleted
 * text are left out. Headers and footers are not part of the body.
 *
 * @example
 * ```ts
 * import { readDocxText, renderOfficialLetter } from "@xhht/templates";
 *
 * const paragraphs = readDocxText(await renderOfficialLetter(letter));
 * paragraphs.includes("Số: 3589/BGDĐT-GDTX"); // true
 * ```
 */
export const readDocxText = (docx: Uint8Array | ArrayBuffer): string[] => {
  let xml: string;
  try {
    if (!(docx instanceof Uint8Array || docx instanceof ArrayBuffer)) {
      throw new Error(`a Uint8Array or an ArrayBuffer was expected, not ${describeValue(docx)}`);
    }
    const bytes = docx instanceof Uint8Array ? docx : new Uint8Array(docx);
    const parts = unzipSync(bytes, { filter: (file) => file.name === "word/document.xml" });
    const document = parts["word/document.xml"];
    if (document === undefined) throw new Error("the package has no word/document.xml part");
    xml = strFromU8(document);
  } catch (cause) {
    throw new TemplateError(
      templateErrorCodes.invalidDocx,
      `These bytes are not a .docx: ${cause instanceof Error ? cause.message : String(cause)}`,
      { cause },
    );
  }

  const paragraphs: string[] = [];
  let current: string | undefined;
  let inText = false;
  let skipDepth = 0;
  for (const token of xml.match(/<[^<>]*>?|[^<]+/gu) ?? []) {
    if (!token.startsWith("<")) {
      if (inText && skipDepth === 0 && current !== undefined) current += decode(token);
      continue;
    }
    if (token.startsWith("<?") || token.startsWith("<!") || !/^<\/?w:/u.test(token)) continue;
    const name = tagName(token);
    const closing = token.startsWith("</");
    const selfClosing = token.endsWith("/>");
    switch (name) {
      case "w:p":
        if (closing) {
          if (current !== undefined) paragraphs.push(current);
          current = undefined;
        } else if (selfClosing) {
          paragraphs.push("");
        } else {
          current = "";
        }
        break;
      case "w:t":
        inText = !closing && !selfClosing;
        break;
      // Tab-stop definitions, field codes and deleted text are not reading text.
      case "w:pPr":
      case "w:rPr":
      case "w:instrText":
      case "w:delText":
        if (!selfClosing) skipDepth += closing ? -1 : 1;
        break;
      case "w:tab":
        if (skipDepth === 0 && !closing && current !== undefined) current += "\t";
        break;
      case "w:br":
      case "w:cr":
        if (skipDepth === 0 && !closing && current !== undefined) current += "\n";
        break;
      default:
        break;
    }
  }
  return paragraphs;
};
