import { renderFrame } from "./documentFrame.ts";
import { SDK_VERSION } from "./officialLetterTemplate.ts";
import { toInstant } from "./toInstant.ts";
import { type TypedDocumentContent, typedDocumentSections } from "./typedDocument.ts";

/**
 * A typed document (kế hoạch, báo cáo, quyết định, giấy mời, dự toán) as deterministic .docx bytes: its sections
 * laid out by {@link typedDocumentSections}, its properties recording `templateId` and the SDK version, its
 * creation time `generatedAt` or else the document's own date.
 */
export const renderTypedDocument = (
  templateId: string,
  generatedAt: Date | string | undefined,
  content: TypedDocumentContent,
): Promise<Uint8Array<ArrayBuffer>> =>
  renderFrame({
    templateId,
    sdkVersion: SDK_VERSION,
    title: content.subject,
    creator: content.fields.issuer,
    generatedAt: toInstant(generatedAt ?? content.fields.date),
    sections: typedDocumentSections(content),
  });
