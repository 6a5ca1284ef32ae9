import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isLanguage } from "./isLanguage.ts";

describe("isLanguage on any input", () => {
  it("is true exactly for the strings vi and en, and never throws", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string(), fc.constantFrom("vi", "en", "VI", "en ")), (value) => {
        expect(isLanguage(value)).toBe(value === "vi" || value === "en");
      }),
    );
  });
});
