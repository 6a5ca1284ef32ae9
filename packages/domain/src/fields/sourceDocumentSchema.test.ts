import type { SourceDocument } from "@xhht/calendar";
import { describe, expect, expectTypeOf, it } from "vitest";
import { type SourceDocumentEntry, sourceDocumentSchema } from "./sourceDocumentSchema.ts";

const letter = { document: "Công văn 3589/BGDĐT-GDTX", issuer: "Bộ Giáo dục và Đào tạo", date: "2020-09-15" };

describe("sourceDocumentSchema", () => {
  it("is the calendar's SourceDocument", () => {
    expectTypeOf<SourceDocumentEntry>().toExtend<SourceDocument>();
    const entry: SourceDocument = sourceDocumentSchema.parse(letter);
    expect(entry).toEqual(letter);
  });

  it("takes an https address and a real date, and nothing else", () => {
    expect(sourceDocumentSchema.safeParse({ ...letter, url: "https://moet.gov.vn/" }).success).toBe(true);
    expect(sourceDocumentSchema.safeParse({ ...letter, url: "http://moet.gov.vn/" }).success).toBe(false);
    expect(sourceDocumentSchema.safeParse({ ...letter, url: "ftp://moet.gov.vn/" }).success).toBe(false);
    expect(sourceDocumentSchema.safeParse({ ...letter, date: "15/09/2020" }).success).toBe(false);
    expect(sourceDocumentSchema.safeParse({ ...letter, issuer: " " }).success).toBe(false);
    expect(sourceDocumentSchema.safeParse({ ...letter, note: "x" }).success).toBe(false);
  });
});
