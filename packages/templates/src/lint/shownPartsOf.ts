import { childOf, childrenOf, type XmlElement } from "./parseXml.ts";
import type { DocxPackage } from "./readDocxPackage.ts";
import type { DocxSection } from "./readParagraphs.ts";

/** A header or footer part the document shows, and where. */
export interface ShownPart {
  readonly name: string;
  readonly kind: "header" | "footer";
  /** Shown on the document's page 1. */
  readonly onFirstPage: boolean;
  /** Shown on some page after page 1. */
  readonly onLaterPages: boolean;
}

const isOn = (element: XmlElement | undefined): boolean =>
  element !== undefined && !/^(?:0|false|off)$/iu.test(element.attrs["w:val"] ?? "");

/**
 * The header and footer parts a reader of the printed document sees, section by section as Word shows them: a
 * section without a reference of a type keeps the previous section's; its first-page part only when it sets
 * `w:titlePg`; even-page parts only when `w:evenAndOddHeaders` is on in the settings. Parts never shown are left out.
 */
export const shownPartsOf = (docx: DocxPackage, sections: readonly DocxSection[]): ShownPart[] => {
  const settingsName = [...docx.relationships.values()].find((rel) => rel.type === "settings")?.target;
  const evenAndOdd = isOn(childOf(docx.part(settingsName ?? "word/settings.xml"), "w:evenAndOddHeaders"));
  const current = new Map<string, string>();
  const shown = new Map<string, { kind: "header" | "footer"; onFirstPage: boolean; onLaterPages: boolean }>();
  const show = (key: string, onFirstPage: boolean, onLaterPages: boolean) => {
    const name = current.get(key);
    if (name === undefined) return;
    const kind = key.startsWith("header") ? "header" : "footer";
    const entry = shown.get(name) ?? { kind, onFirstPage: false, onLaterPages: false };
    shown.set(name, {
      kind,
      onFirstPage: entry.onFirstPage || onFirstPage,
      onLaterPages: entry.onLaterPages || onLaterPages,
    });
  };
  for (const section of sections) {
    for (const kind of ["header", "footer"] as const) {
      for (const reference of childrenOf(section.properties, `w:${kind}Reference`)) {
        const target = docx.relationships.get(reference.attrs["r:id"] ?? "")?.target;
        if (target !== undefined) current.set(`${kind}/${reference.attrs["w:type"] ?? "default"}`, target);
      }
    }
    const titlePage = isOn(childOf(section.properties, "w:titlePg"));
    const first = section.index === 0;
    for (const kind of ["header", "footer"] as const) {
      show(`${kind}/default`, first && !titlePage, true);
      if (evenAndOdd) show(`${kind}/even`, false, true);
      if (titlePage) show(`${kind}/first`, first, !first);
    }
  }
  return [...shown].map(([name, entry]) => ({ name, ...entry }));
};
