import type { DocumentFields, DocumentMarks } from "@xhht/domain";
import type { FileChild } from "docx";
import { appendixHeading } from "../blocks/appendixHeading.ts";
import { drafterLine, draftMark, stampParagraphs } from "../blocks/documentMarks.ts";
import { type ElectronicSignature, signatureInfoParagraph } from "../blocks/electronicSignature.ts";
import { keepLastWithNext } from "../blocks/keepLastWithNext.ts";
import { legalBasesBlock } from "../blocks/legalBasesBlock.ts";
import { letterHeader } from "../blocks/letterHeader.ts";
import { recipientsBlock } from "../blocks/recipientsBlock.ts";
import { signatureBlock } from "../blocks/signatureBlock.ts";
import { titleBlock } from "../blocks/titleBlock.ts";
import { documentWording } from "../data/documentWording.ts";
import { nd30Texts } from "../data/nd30Texts.ts";
import { templateErrorMessages } from "../data/templateErrorMessages.ts";
import type { FrameSection } from "../docx/frameDocument.ts";
import { TemplateError } from "../input/TemplateError.ts";
import { templateErrorCodes } from "../input/templateErrorCodes.ts";
import { dateInWords, dateLineFor } from "../text/dateText.ts";

/** The fields every typed document has: `@xhht/domain`'s {@link DocumentFields} and {@link DocumentMarks}. */
export type TypedDocumentFields = DocumentFields & DocumentMarks;

/**
 * An appendix: its heading and content, on its own portrait pages numbered from 1. Never landscape: Decree 30 allows
 * landscape pages only for tables not made into an appendix (a {@link LandscapeSegment} of the body).
 */
export interface AppendixContent {
  readonly label: string;
  readonly title: string;
  readonly children: readonly FileChild[];
}

/**
 * A stretch of the body printed on landscape pages: a wide table kept in the body rather than made into an appendix,
 * which is when Decree 30 allows a landscape page (Phụ lục I, Phần I, mục I). The pages go on with the body's
 * numbering.
 */
export interface LandscapeSegment {
  readonly landscape: readonly FileChild[];
}

/** A block of a typed document's body, or a {@link LandscapeSegment} of it. */
export type BodyPart = FileChild | LandscapeSegment;

const isLandscapeSegment = (part: BodyPart): part is LandscapeSegment =>
  Object.hasOwn(part, "landscape") && Array.isArray((part as LandscapeSegment).landscape);

/** What {@link typedDocumentSections} lays out. */
export interface TypedDocumentContent {
  readonly fields: TypedDocumentFields;
  /** What the entity is, for error messages: «plan». */
  readonly what: string;
  readonly typeName: string;
  readonly subject: string;
  /** «Kính gửi» for a report sent to a superior (Phụ lục I, Phần I, mục II.9.b). */
  readonly recipients?: readonly string[];
  /** A line above the căn cứ, such as the deciding authority of a decision. */
  readonly preamble?: readonly FileChild[];
  readonly legalBases?: readonly string[];
  readonly body: readonly BodyPart[];
  /** «(Kèm theo Quyết định số …)»: how an appendix names this document, and who issued it in running text. */
  readonly attachment?: { readonly typeName: string; readonly issuerName?: string | undefined };
  readonly appendices?: readonly AppendixContent[];
  /**
   * The organisation's digital signature, printed as its information line at the top right of each appendix's first
   * page (Phụ lục I, Phần I, mục II.8.b); see `ElectronicSignatureOptions`.
   */
  readonly electronicSignature?: ElectronicSignature | undefined;
}

/** «1850/QĐ-UBND»: the number and symbol of a signed document, for its digital signature's information line. */
const signedNumber = (fields: Pick<TypedDocumentFields, "number" | "symbol">): string => {
  if (fields.number === undefined) {
    throw new TemplateError(templateErrorCodes.invalidElectronicSignature, templateErrorMessages.draftSigned);
  }
  return `${String(fields.number).padStart(2, "0")}/${fields.symbol}`;
};

/**
 * «Kèm theo Quyết định số 1850/QĐ-UBND ngày 18 tháng 9 năm 2020 của Ủy ban nhân dân tỉnh Nam Định», in brackets;
 * without an issuer's name the line ends at the date.
 */
export const attachedToLine = (
  typeName: string,
  fields: Pick<TypedDocumentFields, "number" | "symbol" | "date">,
  issuerName?: string,
): string => {
  const number = fields.number === undefined ? nd30Texts.draftNumber : String(fields.number).padStart(2, "0");
  return documentWording.attachedTo(typeName, `${number}/${fields.symbol}`, dateInWords(fields.date), issuerName);
};

/**
 * The body's sections: portrait stretches and {@link LandscapeSegment}s in order, the first holding `opening`, the
 * last `closing` (a landscape segment at the end keeps the signature with it, never alone on a page). Each section
 * after the first goes on with the page numbers, its first page numbered too.
 */
const bodySections = (
  opening: readonly FileChild[],
  body: readonly BodyPart[],
  closing: readonly FileChild[],
): FrameSection[] => {
  interface Stretch {
    readonly landscape: boolean;
    children: FileChild[];
  }
  const stretches: Stretch[] = [{ landscape: false, children: [...opening] }];
  let current = stretches[0] as Stretch;
  for (const part of body) {
    if (isLandscapeSegment(part)) {
      stretches.push({ landscape: true, children: [...part.landscape] });
      current = { landscape: false, children: [] };
      stretches.push(current);
    } else {
      current.children.push(part);
    }
  }
  // Nothing after the last landscape segment: the signature goes with it rather than alone on a portrait page.
  if (current.children.length === 0 && stretches.length > 1) {
    stretches.pop();
    current = stretches.at(-1) as Stretch;
  }
  current.children = [...keepLastWithNext(current.children), ...closing];
  return stretches.map((stretch, index) => ({
    children: stretch.children,
    ...(stretch.landscape ? { landscape: true } : {}),
    ...(index > 0 ? { continues: true } : {}),
  }));
};

/**
 * The sections of a typed document (kế hoạch, báo cáo, quyết định, giấy mời, dự toán): a «DỰ THẢO» mark when it
 * has no number yet; the header with any stamps under the number; the type name and trích yếu; «Kính gửi» if
 * any; a preamble; the căn cứ; the body, any landscape segment of it in its own section numbered on with the rest;
 * the signature and «Nơi nhận» with the drafter's line; then each appendix in its own portrait section, numbered
 * from 1, opening with the digital signature's information line when `electronicSignature` is given.
 */
export const typedDocumentSections = (content: TypedDocumentContent): FrameSection[] => {
  const { fields } = content;
  const opening: FileChild[] = [
    ...(fields.number === undefined ? [draftMark()] : []),
    letterHeader({
      parentBody: fields.parentBody,
      issuer: fields.issuer,
      number: fields.number,
      symbol: fields.symbol,
      dateLine: dateLineFor(fields.place, fields.date, content.what),
      marks: stampParagraphs(fields),
    }),
    ...titleBlock(content.typeName, content.subject),
    ...(content.recipients === undefined || content.recipients.length === 0 ? [] : recipientsBlock(content.recipients)),
    ...(content.preamble ?? []),
    ...legalBasesBlock(content.legalBases ?? []),
  ];
  const closing = [
    signatureBlock({ ...fields.signature, copies: fields.copies, drafterLine: drafterLine(fields.drafter) }),
  ];
  const attachment = content.attachment;
  const signature = content.electronicSignature;
  const signatureLine = signature === undefined ? [] : [signatureInfoParagraph(signedNumber(fields), signature)];
  const appendices = (content.appendices ?? []).map(
    (appendix): FrameSection => ({
      restartNumbering: true,
      children: [
        ...signatureLine,
        ...appendixHeading({
          label: appendix.label,
          title: appendix.title,
          attachedTo:
            attachment === undefined ? "" : attachedToLine(attachment.typeName, fields, attachment.issuerName),
        }),
        ...appendix.children,
      ],
    }),
  );
  return [...bodySections(opening, content.body, closing), ...appendices];
};
