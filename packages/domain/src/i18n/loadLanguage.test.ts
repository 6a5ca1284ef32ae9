import fc from "fast-check";
import { createInstance } from "i18next";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { messagesEn } from "./messagesEn.ts";
import { messagesVi } from "./messagesVi.ts";

/**
 * A fresh copy of the SDK's modules, as a page bundled for the browser has them: without the `node` entry, so with
 * the Vietnamese messages of the validators' rules only.
 */
const browserModules = async () => {
  vi.resetModules();
  const [{ createTranslator }, { loadLanguage }, { registerMessages }, { labelOf }, { DomainError }] =
    await Promise.all([
      import("./createTranslator.ts"),
      import("./loadLanguage.ts"),
      import("./registerMessages.ts"),
      import("./labelOf.ts"),
      import("../errors/DomainError.ts"),
    ]);
  return { createTranslator, loadLanguage, registerMessages, labelOf, DomainError };
};

let sdk: Awaited<ReturnType<typeof browserModules>>;

beforeEach(async () => {
  sdk = await browserModules();
});

afterAll(() => {
  vi.resetModules();
});

describe("loadLanguage", () => {
  it("speaks Vietnamese rule messages before any language is loaded", () => {
    expect(sdk.createTranslator()("text.blank")).toBe("Không được để trống.");
    expect(sdk.createTranslator({ lang: "vi" })("count.days_other", { count: 3 })).toBe("3 ngày");
  });

  it("refuses English before it is loaded with a DomainError that says what to call", () => {
    const asked = () => sdk.createTranslator({ lang: "en" });
    expect(asked).toThrow(sdk.DomainError);
    expect(asked).toThrow(
      expect.objectContaining({
        code: "domain.language-not-loaded",
        message: expect.stringContaining('await loadLanguage("en")'),
      }),
    );
    expect(asked).toThrow(/registerMessages\("en", messagesEn\) with messagesEn from "@xhht\/domain\/messages\/en"/);
  });

  it("explains the error in both languages, in Vietnamese once the rest of it is loaded", async () => {
    expect(sdk.createTranslator()("domain.language-not-loaded")).toBe("domain.language-not-loaded");
    await sdk.loadLanguage("vi");
    expect(sdk.createTranslator()("domain.language-not-loaded")).toMatch(/loadLanguage\("en"\)/);
    expect(messagesEn["domain.language-not-loaded"]).toMatch(/loadLanguage\("en"\)/);
  });

  it("speaks English once loaded, every message as the English table says", async () => {
    await sdk.loadLanguage("en");
    const t = sdk.createTranslator({ lang: "en" });
    expect(t("text.blank")).toBe("Must not be blank.");
    expect(sdk.labelOf("actor", "department-of-education", { lang: "en" })).toBe(
      "Department of Education and Training",
    );
    for (const key of Object.keys(messagesEn)) expect(t(key), key).not.toBe(key);
  });

  it("gives labelOf its Vietnamese names without loading, and createTranslator all of them after loadLanguage('vi')", async () => {
    const t = sdk.createTranslator();
    expect(t("field.subject")).toBe("field.subject");
    expect(sdk.labelOf("venue", "schools")).toBe(messagesVi["venue.schools"]);
    await sdk.loadLanguage("vi");
    for (const key of Object.keys(messagesVi)) expect(t(key), key).not.toBe(key);
  });

  it("speaks English after registerMessages with the table a page imported itself", () => {
    sdk.registerMessages("en", messagesEn);
    expect(sdk.createTranslator({ lang: "en" })("text.blank")).toBe("Must not be blank.");
  });

  it("keeps a message a page reworded before loading its language, in either language", async () => {
    const blank = fc.string({ minLength: 1 }).filter((text) => text.trim() !== "" && !text.includes("{{"));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("vi" as const, "en" as const), blank, async (lang, wording) => {
        sdk = await browserModules();
        sdk.registerMessages(lang, { "text.blank": wording });
        await sdk.loadLanguage(lang);
        const t = sdk.createTranslator({ lang });
        expect(t("text.blank")).toBe(wording);
        expect(t("text.line-break")).toBe((lang === "en" ? messagesEn : messagesVi)["text.line-break"]);
        expect(t("domain.language-not-loaded")).not.toBe("domain.language-not-loaded");
      }),
      { numRuns: 10 },
    );
  });

  it("adds to an app's i18next instance the languages loaded by then, and the others once they are", async () => {
    const host = createInstance();
    await host.init({ lng: "fr", resources: {} });
    sdk.createTranslator({ i18n: host });
    expect(host.hasResourceBundle("vi", "xhht")).toBe(true);
    expect(host.hasResourceBundle("en", "xhht")).toBe(false);
    await sdk.loadLanguage("en");
    expect(sdk.createTranslator({ lang: "en", i18n: host })("text.blank")).toBe("Must not be blank.");
    expect(host.getResource("en", "xhht", "text.blank", { keySeparator: false })).toBe("Must not be blank.");
  });

  it("refuses any other language, loading or registering, and a table that is not one of strings", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.anything()).filter((lang) => lang !== "vi" && lang !== "en" && lang !== undefined),
        async (lang) => {
          const code = { code: "domain.unsupported-language" };
          await expect(sdk.loadLanguage(lang as never)).rejects.toThrow(expect.objectContaining(code));
          expect(() => sdk.registerMessages(lang as never, {})).toThrow(expect.objectContaining(code));
          expect(() => sdk.createTranslator({ lang: lang as never })).toThrow(expect.objectContaining(code));
        },
      ),
      { numRuns: 50 },
    );
    // Left out, `lang` is Vietnamese for a translator, but loadLanguage and registerMessages need one.
    await expect(sdk.loadLanguage(undefined as never)).rejects.toThrow(
      expect.objectContaining({ code: "domain.unsupported-language" }),
    );
    for (const table of [null, "text", ["a"], { "text.blank": 1 }]) {
      expect(() => sdk.registerMessages("en", table as never)).toThrow(
        expect.objectContaining({ code: "domain.invalid-argument" }),
      );
    }
    expect(() => sdk.createTranslator({ lang: "en" })).toThrow(
      expect.objectContaining({ code: "domain.language-not-loaded" }),
    );
  });
});
