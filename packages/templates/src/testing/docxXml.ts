import { strFromU8, unzipSync } from "fflate";

/** Test helpers: the parts of a .docx as text, and its paragraphs with their XML. */
export const unzipParts = (docx: Uint8Array): Record<string, string> =>
  Object.fromEntries(Object.entries(unzipSync(docx)).map(([name, data]) => [name, strFromU8(data)]));

export interface ParagraphXml {
  readonly xml: string;
  readonly text: string;
}

const decode = (text: string): string =>
  text.replace(
    /&(amp|lt|gt|quot|apos);/gu,
    (_, n: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[n] ?? "",
  );

/** Every `w:p` of a part in document order, with its text (w:t joined, w:tab as "\t", w:br as "\n"). */
export const paragraphsOf = (xml: string): ParagraphXml[] =>
  (xml.match(/<w:p(?=[\s>/])(?:\/>|[\s\S]*?<\/w:p>)/gu) ?? []).map((p) => {
    const runs = p.replace(/<w:pPr>[\s\S]*?<\/w:pPr>/u, "");
    const text = (runs.match(/<w:t(?:\s[^>]*)?>[^<]*<\/w:t>|<w:tab\/>|<w:br\/>/gu) ?? [])
      .map((piece) =>
        piece === "<w:tab/>" ? "\t" : piece === "<w:br/>" ? "\n" : decode(piece.replace(/<[^>]+>/gu, "")),
      )
      .join("");
    return { xml: p, text };
  });

/** The one paragraph whose text is `text`; throws when there is none or several. */
export const paragraphWithText = (xml: string, text: string): ParagraphXml => {
  const found = paragraphsOf(xml).filter((p) => p.text === text);
  if (found.length !== 1) throw new Error(`${found.length} paragraphs read ${JSON.stringify(text)}`);
  return found[0] as ParagraphXml;
};

/** The value of `attr` on the first `element` in `xml`, as a number when numeric. */
export const attrOf = (xml: string, element: string, attr: string): string | undefined =>
  new RegExp(`<${element}(?=[\\s/>])[^>]*\\s${attr}="([^"]*)"`, "u").exec(xml)?.[1];

/** Every `w:tbl` of a part (tables are not nested here). */
export const tablesOf = (xml: string): string[] => xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/gu) ?? [];

/** The rows of a table, each as a list of cell XML. */
export const cellsOf = (table: string): string[][] =>
  (table.match(/<w:tr>[\s\S]*?<\/w:tr>/gu) ?? []).map((row) => row.match(/<w:tc>[\s\S]*?<\/w:tc>/gu) ?? []);

/**
 * A run's size in half-points as Word shows it: its own `w:sz`, else the document default our frame writes in
 * `docDefaults` (the profile's body size): runs in the default size carry no `w:sz`.
 */
export const effectiveSizeOf = (xml: string, defaultSize = 28): number => {
  const own = attrOf(xml, "w:sz", "w:val");
  return own === undefined ? defaultSize : Number(own);
};
