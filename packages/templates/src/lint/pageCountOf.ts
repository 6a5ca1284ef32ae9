import { childOf, type XmlElement, type XmlNode } from "./parseXml.ts";
import type { DocxPackage } from "./readDocxPackage.ts";

const isElement = (node: XmlNode): node is XmlElement => typeof node !== "string";

/** Page breaks typed in the body and sections that start a new page: a lower bound on the pages. */
const breaksIn = (root: XmlElement): number => {
  let count = 0;
  const stack: XmlElement[] = [root];
  for (let element = stack.pop(); element !== undefined; element = stack.pop()) {
    if (element.name === "w:br" && element.attrs["w:type"] === "page") count += 1;
    else if (element.name === "w:sectPr" && childOf(element, "w:type")?.attrs["w:val"] !== "continuous") count += 1;
    for (const child of element.children) if (isElement(child)) stack.push(child);
  }
  return count;
};

/**
 * How many pages the document has: the count Word saved in `docProps/app.xml` (`<Pages>`), or at least one more
 * than the page breaks and new-page section breaks it holds (the last section's break ends the document).
 *
 * @example
 * ```ts
 * pageCountOf(docx); // 15
 * ```
 */
export const pageCountOf = (docx: DocxPackage): number => {
  const app = docx.part("docProps/app.xml");
  const saved = Number.parseInt(
    (
      (app?.children ?? []).find((node): node is XmlElement => isElement(node) && /(?:^|:)Pages$/u.test(node.name))
        ?.children ?? []
    )
      .filter((node) => typeof node === "string")
      .join(""),
    10,
  );
  const typed = Math.max(1, breaksIn(docx.document));
  return Number.isFinite(saved) && saved > 0 ? Math.max(saved, typed) : typed;
};
