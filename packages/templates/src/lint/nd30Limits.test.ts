import { describe, expect, it } from "vitest";
import { halfPointToPt } from "../docx/units.ts";
import { nd30Profile } from "../nd30Profile.ts";
import { mmOf, nd30Limits } from "./nd30Limits.ts";

describe("nd30Limits", () => {
  it("are the layout profile's ranges: margins in mm from twips, sizes in points from half-points", () => {
    const { page, body, signature, contact, digitalSignature } = nd30Profile;
    const inMm = ({ range, rule }: { range: { min: number; max: number }; rule: string }) => ({
      min: mmOf(range.min),
      max: mmOf(range.max),
      rule,
    });
    const inPt = ({ range, rule }: { range: { min: number; max: number }; rule: string }) => ({
      min: halfPointToPt(range.min),
      max: halfPointToPt(range.max),
      rule,
    });
    const { margins } = nd30Limits;
    expect(margins.top).toEqual(inMm(page.marginTop));
    expect(margins.bottom).toEqual(inMm(page.marginBottom));
    expect(margins.left).toEqual(inMm(page.marginLeft));
    expect(margins.right).toEqual(inMm(page.marginRight));
    expect(nd30Limits.bodySize).toEqual(inPt(body.size));
    expect(nd30Limits.copiesHeadingSize).toEqual(inPt(signature.copiesHeadingSize));
    expect(nd30Limits.copiesSize).toEqual(inPt(signature.copiesSize));
    expect(nd30Limits.authoritySize).toEqual(inPt(signature.authoritySize));
    expect(nd30Limits.contactSize).toEqual(inPt(contact.size));
    expect(nd30Limits.signatureInfoSize).toEqual(inPt(digitalSignature.infoSize));
  });

  it("are the decree's numbers (Phụ lục I, Phần I), whole millimetres and points", () => {
    const range = ({ min, max }: { min: number; max: number }) => [min, max];
    const { margins } = nd30Limits;
    expect([margins.top, margins.bottom, margins.left, margins.right].map(range)).toEqual([
      [20, 25],
      [20, 25],
      [30, 35],
      [15, 20],
    ]);
    expect(
      [
        nd30Limits.bodySize,
        nd30Limits.copiesHeadingSize,
        nd30Limits.copiesSize,
        nd30Limits.authoritySize,
        nd30Limits.contactSize,
        nd30Limits.signatureInfoSize,
      ].map(range),
    ).toEqual([
      [13, 14],
      [12, 12],
      [11, 11],
      [13, 14],
      [11, 12],
      [10, 10],
    ]);
  });
});
