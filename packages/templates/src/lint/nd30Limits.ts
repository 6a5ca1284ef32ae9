import { nd30Profile } from "../nd30Profile.ts";

/** A range a document's value must fall in, in mm (margins) or points (sizes), with the rule it belongs to. */
export interface Limit<Rule extends string = string> {
  readonly min: number;
  readonly max: number;
  readonly rule: Rule;
}

/**
 * The ranges Decree 30/2020/NĐ-CP allows (Phụ lục I, Phần I), which {@link lintDocx} checks a .docx against; the
 * layout profile holds the values the SDK's own templates pick inside them. Margins in mm, sizes in points.
 */
export const nd30Limits = {
  paper: {
    width: nd30Profile.page.width.value,
    height: nd30Profile.page.height.value,
    /** Twips either way: producers round 210 × 297 mm differently. */
    tolerance: 20,
    rule: nd30Profile.page.width.rule,
  },
  margins: {
    top: { min: 20, max: 25, rule: "nd30.page.margin-top" },
    bottom: { min: 20, max: 25, rule: "nd30.page.margin-bottom" },
    left: { min: 30, max: 35, rule: "nd30.page.margin-left" },
    right: { min: 15, max: 20, rule: "nd30.page.margin-right" },
    /** Twips either way: 15 mm is written 850 or 851. */
    tolerance: 3,
  },
  font: nd30Profile.font.family.value,
  bodySize: { min: 13, max: 14, rule: "nd30.body.size" },
  copiesHeadingSize: { min: 12, max: 12, rule: nd30Profile.signature.copiesHeadingSize.rule },
  /** The recipient list: 11 pt, one size, where the heading «Nơi nhận» is 12 pt (Phụ lục I, Phần I, mục II.9.b). */
  copiesSize: { min: 11, max: 11, rule: nd30Profile.signature.copiesSize.rule },
  /** The signer's authority lines and title: 13 to 14 pt (Phụ lục I, Phần I, mục II.7.đ). */
  authoritySize: { min: 13, max: 14, rule: nd30Profile.signature.authoritySize.rule },
  /** The address line at the bottom of page 1: 11 to 12 pt (Phụ lục I, Phần I, mục III.4). */
  contactSize: { min: 11, max: 12, rule: nd30Profile.contact.size.rule },
  /** The digital signature's information line on an attachment: 10 pt (Phụ lục I, Phần I, mục II.8.b). */
  signatureInfoSize: { min: 10, max: 10, rule: nd30Profile.digitalSignature.infoSize.rule },
} as const;

/** `twips` in mm, to one decimal. */
export const mmOf = (twips: number): number => Math.round((twips * 25.4) / 144) / 10;
