import { describe, expect, it } from "vitest";
import { isLanguage } from "./isLanguage.ts";
import { languages } from "./languages.ts";

describe("isLanguage", () => {
  it("accepts each of the SDK's languages", () => {
    for (const lang of languages) expect(isLanguage(lang)).toBe(true);
    expect(languages).toEqual(["vi", "en"]);
  });

  it("refuses other spellings and other languages", () => {
    for (const value of ["EN", "Vi", " vi", "vi ", "vi-VN", "en-US", "fr", "", "vie", "english"]) {
      expect(isLanguage(value), value).toBe(false);
    }
  });

  it("refuses what is not a string, without converting it", () => {
    const hostile = {
      toString() {
        throw new Error("toString");
      },
    };
    for (const value of [undefined, null, 0, true, ["vi"], { lang: "vi" }, new String("vi"), Symbol("vi"), hostile]) {
      expect(isLanguage(value)).toBe(false);
    }
  });
});
