import type { Contact } from "@xhht/domain";
import { Document, type FileChild, PageOrientation } from "docx";
import { contactFooter, emptyFooter } from "../blocks/contactFooter.ts";
import { pageNumberHeaders } from "../blocks/pageNumberHeaders.ts";
import { nd30Profile } from "../nd30Profile.ts";
import { customPropertyNames } from "./customProperties.ts";
import { framedParts } from "./framedParts.ts";
import { type CoreProperties, packDocx } from "./packDocx.ts";
import { defaultSpacing } from "./paragraphSpacing.ts";

/** One section of a document: the body, or an appendix on its own pages. */
export interface FrameSection {
  readonly children: readonly FileChild[];
  /** A landscape page for a wide table not made into an appendix (Phụ lục I, Phần I, mục I). */
  readonly landscape?: boolean;
  /**
   * The section goes on with the previous one's pages (a landscape stretch of the body, the body after it): its
   * first page shows its number too. Otherwise the section's first page shows none (page 1, an appendix's first).
   */
  readonly continues?: boolean;
  /** Start this section's page numbers at 1: each appendix is numbered on its own (mục III.1.đ). */
  readonly restartNumbering?: boolean;
}

/** What {@link renderFrame} needs besides the sections. */
export interface FrameOptions {
  readonly templateId: string;
  readonly sdkVersion: string;
  /** `dc:title`: the trích yếu as printed. */
  readonly title: string;
  /** `dc:creator`: the issuing body. */
  readonly creator: string;
  readonly generatedAt: Date;
  readonly sections: readonly FrameSection[];
  /**
   * The address line (cell 14), in page 1's footer only: the first section's first-page footer. Every later section
   * with a first page of its own gets an empty one, or Word would repeat the line there.
   */
  readonly contact?: Contact | undefined;
}

/** The footers of section `index`: none without an address line, so documents without one stay as they were. */
const footersOf = (section: FrameSection, index: number, contact: Contact | undefined) => {
  if (contact === undefined) return {};
  if (index === 0) return { footers: { first: contactFooter(contact) } };
  return section.continues === true ? {} : { footers: { first: emptyFooter() } };
};

/**
 * The page set-up of a section (Phụ lục I, Phần I, mục I): A4 with the decree's margins, a title page so page 1
 * (or an appendix's first page) carries no number unless the section goes on with the previous one's pages, page
 * numbers restarting at 1 when asked.
 */
const sectionProperties = (section: FrameSection) => {
  const { page } = nd30Profile;
  return {
    ...(section.continues === true ? {} : { titlePage: true }),
    page: {
      size: {
        width: page.width.value,
        height: page.height.value,
        ...(section.landscape ? { orientation: PageOrientation.LANDSCAPE } : {}),
      },
      margin: {
        top: page.marginTop.value,
        bottom: page.marginBottom.value,
        left: page.marginLeft.value,
        right: page.marginRight.value,
        header: page.headerDistance.value,
        footer: page.footerDistance.value,
        gutter: 0,
      },
      ...(section.restartNumbering ? { pageNumbers: { start: 1 } } : {}),
    },
  };
};

/**
 * The docx `Document` of a Decree 30 document: the profile's font and size as defaults, one docx section per
 * {@link FrameSection} with its own page-number headers, the address line in page 1's footer if any, the template id
 * and SDK version as custom properties.
 */
export const frameDocument = (options: FrameOptions): Document => {
  const { font, body } = nd30Profile;
  return new Document({
    creator: options.creator,
    title: options.title,
    customProperties: [
      { name: customPropertyNames.sdkVersion, value: options.sdkVersion },
      { name: customPropertyNames.templateId, value: options.templateId },
    ],
    styles: {
      default: {
        document: {
          run: { font: font.family.value, size: body.size.value, color: font.color.value },
          paragraph: { spacing: defaultSpacing },
        },
      },
    },
    sections: options.sections.map((section, index) => ({
      properties: sectionProperties(section),
      headers: pageNumberHeaders(section.continues !== true),
      ...footersOf(section, index, options.contact),
      children: [...section.children],
    })),
  });
};

/** Builds a Decree 30 document with {@link frameDocument} and packs it into deterministic bytes (see `packDocx`). */
export const renderFrame = (options: FrameOptions): Promise<Uint8Array<ArrayBuffer>> =>
  packDocx(frameDocument(options), frameCore(options), framedParts);

/** The core properties of a framed document. */
export const frameCore = (options: FrameOptions): CoreProperties => ({
  title: options.title,
  creator: options.creator,
  lastModifiedBy: `@xhht/templates ${options.sdkVersion}`,
  generatedAt: options.generatedAt,
});
