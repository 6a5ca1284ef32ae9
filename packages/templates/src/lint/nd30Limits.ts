import { halfPointToPt } from "../docx/units.ts";
import { nd30Profile } from "../nd30Profile.ts";

/** A range a document's value must fall in, in mm (margins) or points (sizes), with the rule it belongs to. */
export interface Limit<Rule extends string = string> {
  readonly min: number;
  readonly max: number;
  readonly rule: Rule;
}

/** `twips` in mm, to one decimal. */
export const mmOf = (twips: number): number => Math.round((twips * 25.4) / 144) / 10;

/** A layout value of the profile that carries the decree's range. */
interface Ranged {
  readonly range: { readonly min: number; readonly max: number };
}

/** The range of a length of the profile (twips), in mm. */
const mmLimit = <Rule extends string>({ range }: Ranged, rule: Rule): Limit<Rule> => ({
  min: mmOf(range.min),
  max: mmOf(range.max),
  rule,
});

/** The range of a font size of the profile (half-points), in points. */
const ptLimit = <Rule extends string>({ range }: Ranged, rule: Rule): Limit<Rule> => ({
  min: halfPointToPt(range.min),
  max: halfPointToPt(range.max),
  rule,
});

const { page, body, signature, contact, digitalSignature } = nd30Profile;

/**
 * The ranges Decree 30/2020/NĐ-CP allows (Phụ lục I, Phần I), which {@link lintDocx} checks a .docx against: read
 * from the layout profile's `range`s, which hold them once beside the values the SDK's own templates pick inside
 * them. Margins in mm, sizes in points.
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
    top: mmLimit(page.marginTop, "nd30.page.margin-top"),
    bottom: mmLimit(page.marginBottom, "nd30.page.margin-bottom"),
    left: mmLimit(page.marginLeft, "nd30.page.margin-left"),
    right: mmLimit(page.marginRight, "nd30.page.margin-right"),
    /** Twips either way: 15 mm is written 850 or 851. */
    tolerance: 3,
  },
  font: nd30Profile.font.family.value,
  bodySize: ptLimit(body.size, "nd30.body.size"),
  copiesHeadingSize: ptLimit(signature.copiesHeadingSize, signature.copiesHeadingSize.rule),
  /** The recipient list: 11 pt, one size, where the heading «Nơi nhận» is 12 pt (Phụ lục I, Phần I, mục II.9.b). */
  copiesSize: ptLimit(signature.copiesSize, signature.copiesSize.rule),
  /** The signer's authority lines and title: 13 to 14 pt (Phụ lục I, Phần I, mục II.7.đ). */
  authoritySize: ptLimit(signature.authoritySize, signature.authoritySize.rule),
  /** The address line at the bottom of page 1: 11 to 12 pt (Phụ lục I, Phần I, mục III.4). */
  contactSize: ptLimit(contact.size, contact.size.rule),
  /** The digital signature's information line on an attachment: 10 pt (Phụ lục I, Phần I, mục II.8.b). */
  signatureInfoSize: ptLimit(digitalSignature.infoSize, digitalSignature.infoSize.rule),
} as const;
