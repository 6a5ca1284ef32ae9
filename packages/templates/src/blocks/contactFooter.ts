import type { Contact } from "@xhht/domain";
import { AlignmentType, BorderStyle, Footer, Paragraph } from "docx";
import { nd30Texts } from "../data/nd30Texts.ts";
import { singleSpacing } from "../docx/paragraphSpacing.ts";
import { runStyle } from "../docx/runStyle.ts";
import { textRuns } from "../docx/safeText.ts";
import { nd30Profile } from "../nd30Profile.ts";

const contactOrder = ["address", "email", "website", "phone", "fax"] as const;

/**
 * The address line as printed, its parts in the decree's order (Phụ lục I, Phần I, mục III.4): «Địa chỉ: 35 Đại Cồ
 * Việt, Hà Nội; Email: bo@moet.gov.vn; Website: moet.gov.vn; Điện thoại: 024.3869 5144; Fax: 024.3869 4085».
 *
 * @example
 * ```ts
 * contactLine({ address: "35 Đại Cồ Việt, Hà Nội", phone: "024.3869 5144" });
 * // "Địa chỉ: 35 Đại Cồ Việt, Hà Nội; Điện thoại: 024.3869 5144"
 * ```
 */
export const contactLine = (contact: Contact): string =>
  contactOrder
    .flatMap((key) => (contact[key] === undefined ? [] : [`${nd30Texts.contactLabels[key]}${contact[key]}`]))
    .join(nd30Texts.contactSeparator);

/**
 * Page 1's footer holding the address line (cell 14): centred, 11 pt, upright, under a solid line as wide as the
 * text area (a top border of the paragraph, which spans the text area). The section must set `titlePage` for Word to
 * show it on page 1 only.
 *
 * @example
 * ```ts
 * const footer = contactFooter({ address: "35 Đại Cồ Việt, Hà Nội" });
 * ```
 */
export const contactFooter = (contact: Contact): Footer => {
  const { size, ruleThickness, ruleGap } = nd30Profile.contact;
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        ...singleSpacing(),
        border: {
          top: {
            style: BorderStyle.SINGLE,
            size: ruleThickness.value,
            color: nd30Profile.font.color.value,
            space: ruleGap.value / 20,
          },
        },
        children: textRuns(contactLine(contact), runStyle(size.value)),
      }),
    ],
  });
};

/**
 * An empty first-page footer, as Word writes one: a later section that has a first page of its own (an appendix)
 * would otherwise inherit page 1's address line.
 *
 * @example
 * ```ts
 * const footers = { first: emptyFooter() };
 * ```
 */
export const emptyFooter = (): Footer => new Footer({ children: [new Paragraph({ children: [] })] });
