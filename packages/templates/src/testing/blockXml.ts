import type { FileChild } from "docx";
import { type FrameSection, renderFrame } from "../docx/frameDocument.ts";
import { unzipParts } from "./docxXml.ts";

/** Test helper: the parts of a document made of the given sections, as text. */
export const sectionsParts = async (sections: readonly FrameSection[]): Promise<Record<string, string>> =>
  unzipParts(
    await renderFrame({
      templateId: "test",
      sdkVersion: "0.0.0-test",
      title: "test",
      creator: "test",
      generatedAt: new Date("2020-01-01T00:00:00Z"),
      sections,
    }),
  );

/** Test helper: `word/document.xml` of a one-section document holding `children`. */
export const blockXml = async (children: readonly FileChild[]): Promise<string> =>
  (await sectionsParts([{ children }]))["word/document.xml"] ?? "";

/** Helpers to read run and paragraph properties in tests. */
export const isBold = (xml: string): boolean => /<w:b\/>/u.test(xml);
export const isItalic = (xml: string): boolean => /<w:i\/>/u.test(xml);
