import type { ElectronicSignatureOptions } from "../blocks/electronicSignature.ts";
import { SDK_VERSION } from "../docx/customProperties.ts";
import { renderFrame } from "../docx/frameDocument.ts";
import { toInstant } from "../text/toInstant.ts";
import { type TypedDocumentContent, typedDocumentSections } from "./typedDocument.ts";

/** The render options {@link renderTypedDocument} reads: the creation time and the digital signature's line. */
export interface TypedDocumentOptions extends ElectronicSignatureOptions {
  readonly generatedAt?: Date | string | undefined;
}

const isOptions = (value: unknown): value is TypedDocumentOptions =>
  typeof value === "object" && value !== null && !(value instanceof Date);

/**
 * A typed document (kế hoạch, báo cáo, quyết định, giấy mời, dự toán) as deterministic .docx bytes: its sections
 * laid out by {@link typedDocumentSections}, its properties recording `templateId` and the SDK version, its
 * creation time `generatedAt` or else the document's own date; the address line of `content.fields.contact` in page
 * 1's footer; the digital signature's information line on each appendix when `electronicSignature` is given.
 * `options` is the render function's options, or only its `generatedAt`.
 */
export const renderTypedDocument = (
  templateId: string,
  options: TypedDocumentOptions | Date | string | undefined,
  content: TypedDocumentContent,
): Promise<Uint8Array<ArrayBuffer>> => {
  const { generatedAt, electronicSignature } = isOptions(options) ? options : { generatedAt: options };
  return renderFrame({
    templateId,
    sdkVersion: SDK_VERSION,
    title: content.subject,
    creator: content.fields.issuer,
    generatedAt: toInstant(generatedAt ?? content.fields.date),
    sections: typedDocumentSections(electronicSignature === undefined ? content : { ...content, electronicSignature }),
    contact: content.fields.contact,
  });
};
