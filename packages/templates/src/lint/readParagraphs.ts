import { childOf, type XmlElement, type XmlNode } from "./parseXml.ts";
import type { RunFormat, StyleSheet } from "./readStyles.ts";

/** A run of visible text with its effective formatting. */
export interface DocxRun {
  readonly text: string;
  readonly format: RunFormat;
}

/** A paragraph of a part, in reading order, with where it sits. */
export interface DocxParagraph {
  /** The part it belongs to: `word/document.xml`, `word/header1.xml`. */
  readonly part: string;
  /** Its position among the part's paragraphs, from 0, table cells and text boxes included. */
  readonly index: number;
  /** The visible text: `w:t` joined, a tab as "\t", a line break as "\n". */
  readonly text: string;
  readonly runs: readonly DocxRun[];
  /** The effective `w:jc`: "left", "both", "center", … */
  readonly alignment: string;
  /** The table cell it is in (`"3/0/1"`: table 3, row 0, cell 1), `undefined` outside tables. */
  readonly cell: string | undefined;
  readonly inTextBox: boolean;
  /** The section it belongs to, from 0. */
  readonly section: number;
}

/** A section of the body: its properties and whether it holds a table. */
export interface DocxSection {
  readonly index: number;
  readonly properties: XmlElement | undefined;
  readonly hasTable: boolean;
}

/** The paragraphs and sections of a part, and whether a PAGE field appears in it. */
export interface PartContent {
  readonly part: string;
  readonly paragraphs: readonly DocxParagraph[];
  readonly sections: readonly DocxSection[];
  readonly hasPageField: boolean;
}

interface Context {
  readonly cell: string | undefined;
  readonly inTextBox: boolean;
  readonly tblStyle: string | undefined;
}

const containers = new Set([
  "w:hyperlink",
  "w:ins",
  "w:moveTo",
  "w:smartTag",
  "w:sdt",
  "w:sdtContent",
  "w:customXml",
  "w:bdo",
  "w:dir",
  "w:fldSimple",
]);
const skipped = new Set(["w:del", "w:moveFrom", "w:pPr", "w:rPr", "w:sdtPr", "w:sdtEndPr", "w:tblPr", "w:trPr"]);

const isElement = (node: XmlNode): node is XmlElement => typeof node !== "string";

const chosen = (alternate: XmlElement): readonly XmlNode[] => {
  const choice = childOf(alternate, "mc:Choice") ?? childOf(alternate, "mc:Fallback");
  return choice?.children ?? [];
};

/** Every `w:txbxContent` under `node`, Choice over Fallback, without descending into the text boxes themselves. */
const textBoxesIn = (node: XmlElement, found: XmlElement[] = []): XmlElement[] => {
  const children = node.name === "mc:AlternateContent" ? chosen(node) : node.children;
  for (const child of children) {
    if (!isElement(child)) continue;
    if (child.name === "w:txbxContent") found.push(child);
    else textBoxesIn(child, found);
  }
  return found;
};

const pageInstruction = /^\s*PAGE(?![\p{L}\p{N}])/iu;

/**
 * Reads the paragraphs of a WordprocessingML part (the body, a header or footer) in reading order: table cells row
 * by row, text boxes after the paragraph that anchors them (Choice over Fallback, so once), inserted text kept and
 * deleted text left out, field codes left out and their results kept. For the body, also its sections.
 *
 * @example
 * ```ts
 * const { paragraphs, sections } = readParagraphs(docx.document, "word/document.xml", sheet);
 * paragraphs[0]?.text; // "BỘ GIÁO DỤC VÀ ĐÀO TẠO"
 * ```
 */
export const readParagraphs = (root: XmlElement, part: string, sheet: StyleSheet): PartContent => {
  const paragraphs: DocxParagraph[] = [];
  const sections: DocxSection[] = [];
  let section = 0;
  let sectionHasTable = false;
  let tables = 0;
  let hasPageField = false;
  /** The complex fields open at this point: their instruction so far, and whether it has been read. */
  const fields: { instruction: string; read: boolean }[] = [];
  const readField = () => {
    const field = fields[fields.length - 1];
    if (field === undefined || field.read) return;
    field.read = true;
    if (pageInstruction.test(field.instruction)) hasPageField = true;
  };

  const paragraph = (p: XmlElement, context: Context) => {
    const pPr = childOf(p, "w:pPr");
    const pStyle = childOf(pPr, "w:pStyle")?.attrs["w:val"];
    const runs: DocxRun[] = [];
    const boxes: XmlElement[] = [];

    const run = (r: XmlElement) => {
      const rPr = childOf(r, "w:rPr");
      let text = "";
      for (const child of r.children) {
        if (!isElement(child)) continue;
        switch (child.name) {
          case "w:t":
            text += child.children.filter((node) => typeof node === "string").join("");
            break;
          case "w:tab":
          case "w:ptab":
            text += "\t";
            break;
          case "w:br":
          case "w:cr":
            text += "\n";
            break;
          case "w:noBreakHyphen":
            text += "-";
            break;
          case "w:fldChar": {
            const type = child.attrs["w:fldCharType"];
            if (type === "begin") fields.push({ instruction: "", read: false });
            else if (type === "separate") readField();
            else if (type === "end") {
              readField();
              fields.pop();
            }
            break;
          }
          case "w:instrText":
            {
              const field = fields[fields.length - 1];
              if (field !== undefined) {
                field.instruction += child.children.filter((node) => typeof node === "string").join("");
              }
            }
            break;
          default:
            boxes.push(...textBoxesIn(child));
            break;
        }
      }
      if (text.length === 0) return;
      const format = sheet.runFormat({
        rPr,
        rStyle: childOf(rPr, "w:rStyle")?.attrs["w:val"],
        pStyle,
        tblStyle: context.tblStyle,
      });
      runs.push({ text, format });
    };

    const inline = (nodes: readonly XmlNode[]) => {
      for (const node of nodes) {
        if (!isElement(node) || skipped.has(node.name)) continue;
        if (node.name === "w:r") run(node);
        else if (node.name === "mc:AlternateContent") inline(chosen(node));
        else if (containers.has(node.name)) {
          if (node.name === "w:fldSimple" && pageInstruction.test(node.attrs["w:instr"] ?? "")) hasPageField = true;
          inline(node.children);
        } else boxes.push(...textBoxesIn(node));
      }
    };
    inline(p.children);

    paragraphs.push({
      part,
      index: paragraphs.length,
      text: runs.map((r) => r.text).join(""),
      runs,
      alignment: sheet.alignment(pPr, pStyle, context.tblStyle),
      cell: context.cell,
      inTextBox: context.inTextBox,
      section,
    });
    for (const box of boxes) block(box.children, { ...context, inTextBox: true });

    const sectPr = childOf(pPr, "w:sectPr");
    if (sectPr !== undefined && context.cell === undefined && !context.inTextBox) {
      sections.push({ index: section, properties: sectPr, hasTable: sectionHasTable });
      section += 1;
      sectionHasTable = false;
    }
  };

  const table = (tbl: XmlElement, context: Context) => {
    const id = tables;
    tables += 1;
    if (context.cell === undefined && !context.inTextBox) sectionHasTable = true;
    const tblStyle = childOf(childOf(tbl, "w:tblPr"), "w:tblStyle")?.attrs["w:val"] ?? context.tblStyle;
    let row = 0;
    const rows = (nodes: readonly XmlNode[]) => {
      for (const node of nodes) {
        if (!isElement(node)) continue;
        if (node.name === "w:tr") {
          let column = 0;
          const cells = (inner: readonly XmlNode[]) => {
            for (const cellNode of inner) {
              if (!isElement(cellNode)) continue;
              if (cellNode.name === "w:tc") {
                block(cellNode.children, { ...context, tblStyle, cell: `${id}/${row}/${column}` });
                column += 1;
              } else if (cellNode.name === "mc:AlternateContent") cells(chosen(cellNode));
              else if (containers.has(cellNode.name)) cells(cellNode.children);
            }
          };
          cells(node.children);
          row += 1;
        } else if (node.name === "mc:AlternateContent") rows(chosen(node));
        else if (containers.has(node.name)) rows(node.children);
      }
    };
    rows(tbl.children);
  };

  const block = (nodes: readonly XmlNode[], context: Context) => {
    for (const node of nodes) {
      if (!isElement(node) || skipped.has(node.name)) continue;
      if (node.name === "w:p") paragraph(node, context);
      else if (node.name === "w:tbl") table(node, context);
      else if (node.name === "mc:AlternateContent") block(chosen(node), context);
      else if (node.name === "w:sectPr") {
        if (context.cell === undefined && !context.inTextBox) {
          sections.push({ index: section, properties: node, hasTable: sectionHasTable });
          section += 1;
          sectionHasTable = false;
        }
      } else block(node.children, context);
    }
  };

  const body = root.name === "w:document" ? childOf(root, "w:body") : root;
  block(body?.children ?? [], { cell: undefined, inTextBox: false, tblStyle: undefined });
  if (root.name === "w:document" && (sections.length === 0 || paragraphs.some((p) => p.section >= sections.length))) {
    sections.push({ index: section, properties: undefined, hasTable: sectionHasTable });
  }
  return { part, paragraphs, sections, hasPageField };
};
