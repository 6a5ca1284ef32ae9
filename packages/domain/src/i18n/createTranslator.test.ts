import i18next, { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import { createTranslator } from "./createTranslator.ts";

describe("createTranslator", () => {
  it("speaks Vietnamese by default and English on request", () => {
    expect(createTranslator()("text.blank")).toBe("Không được để trống.");
    expect(createTranslator({ lang: "en" })("text.blank")).toBe("Must not be blank.");
  });

  it("interpolates parameters without HTML escaping", () => {
    expect(createTranslator({ lang: "en" })("directive.duplicate-block-id", { id: "<s1>" })).toBe(
      "The block id «<s1>» is used twice.",
    );
  });

  it("adds its messages to the caller's instance without changing that instance's language or keys", async () => {
    const host = createInstance();
    await host.init({ lng: "fr", resources: { fr: { translation: { hello: "bonjour" } } } });
    const t = createTranslator({ lang: "en", i18n: host });
    expect(t("text.blank")).toBe("Must not be blank.");
    expect(host.language).toBe("fr");
    expect(host.t("hello")).toBe("bonjour");
  });

  it("never touches the global i18next instance", () => {
    createTranslator({ lang: "en" })("text.blank");
    expect(i18next.isInitialized).toBeFalsy();
    expect(i18next.language).toBeUndefined();
  });

  it("throws a DomainError naming the supported languages for any other language, and for options that are no object", () => {
    for (const lang of ["fr", "VI", "", 1, null]) {
      expect(() => createTranslator({ lang } as never)).toThrow(
        expect.objectContaining({ name: "DomainError", code: "domain.unsupported-language" }),
      );
    }
    expect(() => createTranslator({ lang: "fr" } as never)).toThrow(/"fr" is not supported: .*"vi" and "en"/);
    expect(() => createTranslator(null as never)).toThrow(expect.objectContaining({ code: "domain.invalid-option" }));
    expect(() => createTranslator({ i18n: {} } as never)).toThrow(
      expect.objectContaining({ code: "domain.invalid-option" }),
    );
  });
});
