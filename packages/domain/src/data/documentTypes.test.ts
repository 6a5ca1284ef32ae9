import { describe, expect, it } from "vitest";
import { signingAuthorities } from "../fields/documentFields.ts";
import { copyKinds, documentTypes, signingAuthorityPrefixes } from "./documentTypes.ts";

describe("documentTypes", () => {
  it("lists the 29 types of Điều 7 with the abbreviations of Phụ lục III", () => {
    expect(documentTypes).toHaveLength(29);
    expect(documentTypes.map((type) => type.abbreviation ?? "—").join(" ")).toBe(
      "NQ QĐ CT QC QyĐ TC TB HD CTr KH PA ĐA DA BC BB TTr HĐ — CĐ BGN BTT GUQ GM GGT GNP PG PC PB —",
    );
  });

  it("gives no abbreviation to công văn and thư công only", () => {
    expect(documentTypes.filter((type) => type.abbreviation === undefined).map((type) => type.name)).toEqual([
      "Công văn",
      "Thư công",
    ]);
  });

  it("has distinct codes, names and abbreviations across types and copies", () => {
    const all = [...documentTypes, ...copyKinds];
    for (const field of ["code", "name"] as const) expect(new Set(all.map((t) => t[field])).size).toBe(all.length);
    const abbreviations = all.flatMap((t) => (t.abbreviation === undefined ? [] : [t.abbreviation]));
    expect(new Set(abbreviations).size).toBe(abbreviations.length);
  });

  it("lists the three kinds of copy", () => {
    expect(copyKinds.map((kind) => `${kind.name} (${kind.abbreviation})`)).toEqual([
      "Bản sao y (SY)",
      "Bản trích sao (TrS)",
      "Bản sao lục (SL)",
    ]);
  });

  it("explains the same signing authorities the signature schema accepts", () => {
    expect(signingAuthorityPrefixes.map((entry) => entry.prefix)).toEqual([...signingAuthorities]);
    for (const entry of signingAuthorityPrefixes) {
      expect(entry.description.vi.length).toBeGreaterThan(0);
      expect(entry.description.en.length).toBeGreaterThan(0);
    }
  });
});
