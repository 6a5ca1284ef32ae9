import { describe, expect, it } from "vitest";
import { type LayoutValue, nd30Profile } from "./nd30Profile.ts";

const leaves = (node: unknown): LayoutValue<number | string>[] =>
  typeof node === "object" && node !== null
    ? "rule" in node
      ? [node as LayoutValue<number | string>]
      : Object.values(node).flatMap(leaves)
    : [];

describe("nd30Profile", () => {
  it("converts millimetres to twips by rounding, not flooring", () => {
    const { page } = nd30Profile;
    expect([page.width.value, page.height.value]).toEqual([11906, 16838]);
    expect([page.marginTop.value, page.marginBottom.value, page.marginLeft.value, page.marginRight.value]).toEqual([
      1134, 1134, 1701, 850,
    ]);
    expect(nd30Profile.body.firstLineIndent.value).toBe(567);
  });

  it("pairs every value with a rule id and the decree as its basis", () => {
    const values = leaves(nd30Profile);
    expect(values.length).toBeGreaterThan(30);
    for (const value of values) {
      expect(value.rule).toMatch(/^nd30\.[a-z-]+(\.[a-z-]+)*$/u);
      expect(value.basis.document).toBe("30/2020/NĐ-CP");
      expect(value.basis.item.length).toBeGreaterThan(0);
    }
  });

  it("keeps sizes within the decree's ranges", () => {
    const { header, body, signature, pageNumber, recipients } = nd30Profile;
    const within = (v: number, lo: number, hi: number) => expect(v >= lo * 2 && v <= hi * 2, `${v}`).toBe(true);
    within(header.nationalTitle.size.value, 12, 13);
    within(header.motto.size.value, 13, 14);
    within(header.issuer.size.value, 12, 13);
    within(header.number.size.value, 13, 13);
    within(header.dateLine.size.value, 13, 14);
    within(header.subject.size.value, 12, 13);
    within(recipients.size.value, 13, 14);
    within(body.size.value, 13, 14);
    within(pageNumber.size.value, 13, 14);
    within(signature.authoritySize.value, 13, 14);
    within(signature.copiesHeadingSize.value, 12, 12);
    within(signature.copiesSize.value, 11, 11);
    expect(header.issuer.ruleShare.value).toBeGreaterThanOrEqual(100 / 3);
    expect(header.issuer.ruleShare.value).toBeLessThanOrEqual(50);
  });

  it("keeps the sizes of the typed-document components within the decree's ranges", () => {
    const { title, legalBases, structure, appendix, stamp, signature, table, page } = nd30Profile;
    const within = (v: number, lo: number, hi: number) => expect(v >= lo * 2 && v <= hi * 2, `${v}`).toBe(true);
    within(title.typeNameSize.value, 13, 14);
    within(title.subjectSize.value, 13, 14);
    within(legalBases.size.value, 13, 14);
    within(structure.partSize.value, 13, 14);
    within(structure.articleSize.value, 13, 14);
    within(appendix.headingSize.value, 14, 14);
    within(appendix.titleSize.value, 13, 14);
    within(appendix.attachedToSize.value, 13, 14);
    within(stamp.size.value, 13, 14);
    within(signature.drafterSize.value, 11, 11);
    expect(title.ruleShare.value).toBeGreaterThanOrEqual(100 / 3);
    expect(title.ruleShare.value).toBeLessThanOrEqual(50);
    expect([stamp.urgentWidth.value, stamp.expressWidth.value, stamp.veryUrgentWidth.value]).toEqual([
      1134, 1701, 2268,
    ]);
    expect(table.landscapeTextWidth.value).toBe(page.height.value - page.marginLeft.value - page.marginRight.value);
  });

  it("cites the decree's items for the components: Phụ lục I, Phần I, mục II.5-6 and III.1-3", () => {
    expect(nd30Profile.title.subjectSize.basis.part).toBe("Phụ lục I, Phần I, mục II.5");
    expect(nd30Profile.legalBases.size.basis.part).toBe("Phụ lục I, Phần I, mục II.6");
    expect(nd30Profile.appendix.headingSize.basis.part).toBe("Phụ lục I, Phần I, mục III.1");
    expect(nd30Profile.stamp.urgencyColor.basis.part).toBe("Phụ lục I, Phần I, mục III.2");
    expect(nd30Profile.signature.drafterSize.basis.part).toBe("Phụ lục I, Phần I, mục III.3");
  });

  it("holds every value that has the decree's range inside that range: the templates' picks are legal", () => {
    const ranged = leaves(nd30Profile).filter((value) => value.range !== undefined);
    expect(ranged.length).toBeGreaterThan(25);
    for (const { value, range, rule } of ranged) {
      expect(typeof value, rule).toBe("number");
      expect(range?.min, rule).toBeLessThanOrEqual(range?.max ?? Number.NaN);
      expect(value, rule).toBeGreaterThanOrEqual(range?.min ?? Number.NaN);
      expect(value, rule).toBeLessThanOrEqual(range?.max ?? Number.NaN);
    }
  });

  it("stores the decree's ranges in the value's own unit: twips for margins, half-points for sizes", () => {
    const { page, body, signature, contact } = nd30Profile;
    expect(page.marginTop.range).toEqual({ min: 1134, max: 1417 });
    expect(page.marginLeft.range).toEqual({ min: 1701, max: 1984 });
    expect(page.marginRight.range).toEqual({ min: 850, max: 1134 });
    expect(body.size.range).toEqual({ min: 26, max: 28 });
    expect(body.lineSpacing.range).toEqual({ min: 240, max: 360 });
    expect(signature.copiesSize.range).toEqual({ min: 22, max: 22 });
    expect(contact.size.range).toEqual({ min: 22, max: 24 });
    expect("range" in page.width).toBe(false);
  });

  it("splits the text width exactly between the columns of each table", () => {
    const { page, header, signature } = nd30Profile;
    expect(header.leftColumnWidth.value + header.rightColumnWidth.value).toBe(page.textWidth.value);
    expect(signature.leftColumnWidth.value + signature.rightColumnWidth.value).toBe(page.textWidth.value);
  });
});
