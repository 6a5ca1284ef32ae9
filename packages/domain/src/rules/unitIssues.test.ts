import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { communes } from "../admin/communes/communes.ts";
import { districts } from "../admin/districts/districts.ts";
import { createTranslator } from "../i18n/createTranslator.ts";
import { unitIssues } from "./unitIssues.ts";

const t = createTranslator({ lang: "en" });
const known = { communes: communes("2025-07-01"), districts: districts("2024-10-01") };

describe("unitIssues", () => {
  it("finds nothing wrong with a unit of the document's province, or with no unit, or with no list", () => {
    expect(unitIssues(t, { province: "01", commune: "00004" }, known)).toEqual([]);
    expect(unitIssues(t, { province: "36", district: "356" }, known)).toEqual([]);
    expect(unitIssues(t, { province: "01" }, known)).toEqual([]);
    expect(unitIssues(t, { province: "01", commune: "14329", district: "356" }, undefined)).toEqual([]);
    expect(unitIssues(t, { province: "01", commune: "14329" }, { districts: known.districts })).toEqual([]);
  });

  it("names a Ninh Bình ward given for Hà Nội (commune.other-province), in English and Vietnamese", () => {
    const [issue] = unitIssues(t, { province: "01", commune: "14329" }, known);
    expect(issue).toMatchObject({
      code: "commune.other-province",
      severity: "error",
      path: ["commune"],
      params: { code: "14329", name: "Phường Hoa Lư", province: "37", expected: "01" },
      basis: { document: "Nghị quyết 202/2025/QH15; Quyết định 19/2025/QĐ-TTg" },
    });
    expect(issue?.message).toBe(
      "Phường Hoa Lư (code «14329») belongs to the province or city «37», not to the document's («01»).",
    );
    const [vi] = unitIssues(createTranslator({}), { province: "01", commune: "14329" }, known);
    expect(vi?.message).toBe(
      "Phường Hoa Lư (mã «14329») thuộc tỉnh, thành phố mã «37», không thuộc tỉnh, thành phố của văn bản (mã «01»).",
    );
  });

  it("refuses a code no unit of the list bears (commune.unknown, district.unknown)", () => {
    expect(unitIssues(t, { province: "01", commune: "99999", district: "999" }, known)).toEqual([
      expect.objectContaining({ code: "commune.unknown", path: ["commune"], params: { code: "99999" } }),
      expect.objectContaining({ code: "district.unknown", path: ["district"], params: { code: "999" } }),
    ]);
  });

  it("names a Nam Định district given for Hà Nội (district.other-province)", () => {
    expect(unitIssues(t, { province: "01", district: "356" }, known)).toEqual([
      expect.objectContaining({
        code: "district.other-province",
        path: ["district"],
        params: { code: "356", name: "Thành phố Nam Định", province: "36", expected: "01" },
        basis: { document: "Quyết định 124/2004/QĐ-TTg" },
      }),
    ]);
  });

  it("reports a listed unit exactly when its province is not the document's, for any unit and province", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...known.communes),
        fc.constantFrom(...new Set(known.communes.map((unit) => unit.province))),
        (commune, province) => {
          const issues = unitIssues(t, { province, commune: commune.code }, known);
          expect(issues.map((issue) => issue.code)).toEqual(
            commune.province === province ? [] : ["commune.other-province"],
          );
        },
      ),
    );
  });
});
