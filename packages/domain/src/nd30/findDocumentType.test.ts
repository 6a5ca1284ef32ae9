import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentTypes } from "../data/documentTypes.ts";
import { findDocumentType } from "./findDocumentType.ts";

describe("findDocumentType", () => {
  it("finds a type by its exact abbreviation", () => {
    expect(findDocumentType("KH")?.code).toBe("ke-hoach");
    expect(findDocumentType("QyĐ")?.code).toBe("quy-dinh");
    expect(findDocumentType("HD")?.code).toBe("huong-dan");
    expect(findDocumentType("HĐ")?.code).toBe("hop-dong");
    expect(findDocumentType("DA")?.code).toBe("du-an");
    expect(findDocumentType("ĐA")?.code).toBe("de-an");
  });

  it("finds a type by its abbreviation in another case or without diacritics", () => {
    expect(findDocumentType("ttr")?.code).toBe("to-trinh");
    expect(findDocumentType("QD")?.code).toBe("quyet-dinh");
  });

  it("finds a type by its name, with or without diacritics, in any case, «cá biệt» or not", () => {
    expect(findDocumentType("Kế hoạch")?.abbreviation).toBe("KH");
    expect(findDocumentType("KẾ HOẠCH")?.abbreviation).toBe("KH");
    expect(findDocumentType("ke hoach")?.abbreviation).toBe("KH");
    expect(findDocumentType("Quyết định cá biệt")?.abbreviation).toBe("QĐ");
    expect(findDocumentType("Nghị quyết (cá biệt)")?.abbreviation).toBe("NQ");
    expect(findDocumentType("de an")?.abbreviation).toBe("ĐA");
    expect(findDocumentType("Công văn")?.abbreviation).toBeUndefined();
    expect(findDocumentType("thu cong")?.code).toBe("thu-cong");
  });

  it("returns undefined for what is not a document type", () => {
    for (const query of ["", "X", "Luật", "SY", "Công văn hỏa tốc"])
      expect(findDocumentType(query), query).toBeUndefined();
  });

  it("finds every type by its name and by its abbreviation", () => {
    for (const type of documentTypes) {
      expect(findDocumentType(type.name)).toBe(type);
      if (type.abbreviation !== undefined) expect(findDocumentType(type.abbreviation)).toBe(type);
    }
  });

  it("never throws on random strings", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (query) => void findDocumentType(query)));
  });
});
