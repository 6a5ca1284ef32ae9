import { childOf, type XmlElement, type XmlNode } from "./parseXml.ts";
import type { StyleSheet } from "./readStyles.ts";

const pageInstruction = /^\s*PAGE(?![\p{L}\p{N}])/iu;
const isElement = (node: XmlNode): node is XmlElement => typeof node !== "string";

/** `element` and what it holds, in document order; with `ownOnly`, not what a text box inside it holds. */
const descendants = function* (element: XmlElement, ownOnly = false): Generator<XmlElement> {
  const stack: XmlElement[] = [element];
  for (let at = stack.pop(); at !== undefined; at = stack.pop()) {
    yield at;
    if (ownOnly && at.name === "w:txbxContent") continue;
    for (let i = at.children.length - 1; i >= 0; i -= 1) {
      const child = at.children[i];
      if (child !== undefined && isElement(child)) stack.push(child);
    }
  }
};

const textOfElement = (element: XmlElement): string =>
  element.children.filter((node): node is string => typeof node === "string").join("");

/**
 * How many tabs come before the paragraph's own PAGE field (simple or complex), or `undefined` when it holds none
 * (a text box inside it aside).
 */
const tabsBeforePageField = (paragraph: XmlElement): number | undefined => {
  let instruction = "";
  let tabs = 0;
  let tabsAtBegin = 0;
  for (const element of descendants(paragraph, true)) {
    if (element.name === "w:tab" || element.name === "w:ptab") tabs += 1;
    if (element.name === "w:fldSimple" && pageInstruction.test(element.attrs["w:instr"] ?? "")) return tabs;
    if (element.name === "w:fldChar" && element.attrs["w:fldCharType"] === "begin") {
      instruction = "";
      tabsAtBegin = tabs;
    }
    if (element.name === "w:instrText") instruction += textOfElement(element);
    if (element.name === "w:fldChar" && element.attrs["w:fldCharType"] === "separate") {
      if (pageInstruction.test(instruction)) return tabsAtBegin;
      instruction = "";
    }
  }
  return pageInstruction.test(instruction) ? tabsAtBegin : undefined;
};

/** Word's Header and Footer styles stop tabs at the centre and the right margin: one tab centres, two align right. */
const byTabs = ["left", "center", "right"] as const;

/** A page number: its paragraph's horizontal alignment, and whether it is in a text box placed on its own. */
export interface PageField {
  readonly alignment: string;
  readonly inTextBox: boolean;
}

/**
 * Where a header or footer part places its page numbers: the horizontal alignment of each paragraph holding a PAGE
 * field, from a frame's `w:xAlign`, a positional tab (`w:ptab`), the tabs typed before it in a left-aligned paragraph
 * (Word's Header style: one tab centres, two align right) or the paragraph's `w:jc` through its style.
 *
 * @example
 * ```ts
 * pageFieldsOf(docx.part("word/footer1.xml"), sheet); // [{ alignment: "right", inTextBox: false }]
 * ```
 */
export const pageFieldsOf = (root: XmlElement | undefined, sheet: StyleSheet): PageField[] => {
  if (root === undefined) return [];
  const fields: PageField[] = [];
  const boxed = new Set<XmlElement>();
  for (const element of descendants(root)) {
    if (element.name === "w:txbxContent") for (const inner of descendants(element)) boxed.add(inner);
    if (element.name !== "w:p") continue;
    const tabs = tabsBeforePageField(element);
    if (tabs === undefined) continue;
    const pPr = childOf(element, "w:pPr");
    const frame = childOf(pPr, "w:framePr")?.attrs["w:xAlign"];
    const tab = [...descendants(element, true)].find((child) => child.name === "w:ptab")?.attrs["w:alignment"];
    const aligned = sheet.alignment(pPr, childOf(pPr, "w:pStyle")?.attrs["w:val"], undefined);
    const tabbed = /^(?:left|start|both)$/u.test(aligned) && tabs > 0 ? byTabs[Math.min(tabs, 2)] : undefined;
    fields.push({ alignment: frame ?? tab ?? tabbed ?? aligned, inTextBox: boxed.has(element) });
  }
  return fields;
};
