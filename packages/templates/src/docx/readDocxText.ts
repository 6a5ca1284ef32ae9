import { templateErrorMessages } from "../data/templateErrorMessages.ts";
import { describeValue } from "../input/describeValue.ts";
import { TemplateError } from "../input/TemplateError.ts";
import { templateErrorCodes } from "../input/templateErrorCodes.ts";
import { docxLimits } from "../lint/docxLimits.ts";
import { readDocxPackage } from "../lint/readDocxPackage.ts";
import { readParagraphs } from "../lint/readParagraphs.ts";
import { readStyles } from "../lint/readStyles.ts";

const refuse = (why: string): never => {
  throw new TemplateError(templateErrorCodes.invalidDocx, templateErrorMessages.notDocx.lead(why));
};

/**
 * The text of a .docx body as one string per paragraph, in reading order, table cells included (row by row,
 * cell by cell) and each text box once, after the paragraph that anchors it: the `w:t` texts joined, a `w:tab` as
 * "\t", a `w:br` or `w:cr` as "\n". Field codes and deleted text are left out. Headers and footers are not part of
 * the body. Read with the same reader as `lintDocx`, within the same limits.
 *
 * @example
 * ```ts
 * import { directive2020 } from "@xhht/domain";
 * import { readDocxText, renderOfficialLetter } from "@xhht/templates";
 *
 * const paragraphs = readDocxText(await renderOfficialLetter(directive2020.letter));
 * paragraphs.includes("Số: 3589/BGDĐT-GDTX"); // true
 * ```
 */
export const readDocxText = (docx: Uint8Array | ArrayBuffer): string[] => {
  if (!(docx instanceof Uint8Array || docx instanceof ArrayBuffer)) {
    return refuse(templateErrorMessages.notDocx.notBytes(describeValue(docx)));
  }
  const opened = readDocxPackage(docx instanceof Uint8Array ? docx : new Uint8Array(docx));
  if (!opened.ok) {
    switch (opened.reason) {
      case "not-zip":
        return refuse(templateErrorMessages.notDocx.notZip);
      case "too-many-entries":
        return refuse(templateErrorMessages.notDocx.tooManyEntries(docxLimits.maxEntries));
      case "no-document":
        return refuse(templateErrorMessages.notDocx.noDocument);
      case "bad-xml":
        return refuse(templateErrorMessages.notDocx.badXml);
      case "refused":
        return refuse(
          opened.problem.code === "docx.too-large"
            ? templateErrorMessages.notDocx.tooLarge(
                opened.problem.part,
                docxLimits.maxInflatedBytes / (1024 * 1024),
                docxLimits.maxElements,
              )
            : templateErrorMessages.notDocx.damaged(opened.problem.part),
        );
    }
  }
  const { document, documentName } = opened.docx;
  return readParagraphs(document, documentName, readStyles(undefined, undefined)).paragraphs.map(
    (paragraph) => paragraph.text,
  );
};
