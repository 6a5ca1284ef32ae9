import fc from "fast-check";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { bundleSourceForBrowser } from "../../../../test/support/bundleSourceForBrowser.ts";
import { createDocxTranslator } from "./createDocxTranslator.ts";
import { docxEn } from "./locales/docx.en.ts";
import { docxVi } from "./locales/docx.vi.ts";

/** A fresh copy of the SDK's modules, as a page bundled for the browser has them: without the `node` entry. */
const browserModules = async () => {
  vi.resetModules();
  const [{ createDocxTranslator }, { createTranslator }, { loadLanguage }, { registerMessages }] = await Promise.all([
    import("./createDocxTranslator.ts"),
    import("./createTranslator.ts"),
    import("./loadLanguage.ts"),
    import("./registerMessages.ts"),
  ]);
  return { createDocxTranslator, createTranslator, loadLanguage, registerMessages };
};

let sdk: Awaited<ReturnType<typeof browserModules>>;

beforeEach(async () => {
  sdk = await browserModules();
});

afterAll(() => {
  vi.resetModules();
});

/** The SDK's source files a minified browser bundle of `contents` takes bytes from, relative to the repository. */
const sourcesInBundle = async (contents: string): Promise<string[]> =>
  (await bundleSourceForBrowser(contents)).contributors.filter((path) => path.startsWith("packages/"));

describe("createDocxTranslator", () => {
  it("speaks every message of the .docx rules in both languages in Node", () => {
    const vi = createDocxTranslator();
    const en = createDocxTranslator({ lang: "en" });
    for (const key of Object.keys(docxVi) as (keyof typeof docxVi)[]) {
      expect(vi(key), key).toBe(docxVi[key]);
      expect(en(key), key).not.toBe(key);
    }
    expect(en("nd30.motto.missing")).toBe(docxEn["nd30.motto.missing"]);
  });

  it("brings the Vietnamese .docx messages to a page that has only the validators' until then", () => {
    expect(sdk.createTranslator()("nd30.motto.missing")).toBe("nd30.motto.missing");
    const t = sdk.createDocxTranslator();
    expect(t("nd30.motto.missing")).toBe("Thiếu Tiêu ngữ «Độc lập - Tự do - Hạnh phúc».");
    expect(t("docx.unreadable", { reason: "not-zip" })).toBe(
      "Không đọc được tệp: đây không phải tệp .docx hợp lệ (not-zip).",
    );
    for (const key of Object.keys(docxVi)) expect(t(key), key).not.toBe(key);
    expect(sdk.createTranslator()("nd30.motto.missing")).toBe(docxVi["nd30.motto.missing"]);
    expect(t("text.blank")).toBe("Không được để trống.");
  });

  it("keeps a message the page reworded before, and takes a rewording made after", () => {
    sdk.registerMessages("vi", { "nd30.motto.missing": "Thiếu tiêu ngữ." });
    const t = sdk.createDocxTranslator();
    expect(t("nd30.motto.missing")).toBe("Thiếu tiêu ngữ.");
    expect(t("nd30.national-title.missing")).toBe(docxVi["nd30.national-title.missing"]);
    sdk.registerMessages("vi", { "nd30.national-title.missing": "Thiếu quốc hiệu." });
    expect(sdk.createDocxTranslator()("nd30.national-title.missing")).toBe("Thiếu quốc hiệu.");
  });

  it("needs English loaded as every translator does, and speaks it then", async () => {
    expect(() => sdk.createDocxTranslator({ lang: "en" })).toThrow(
      expect.objectContaining({ code: "domain.language-not-loaded" }),
    );
    await sdk.loadLanguage("en");
    expect(sdk.createDocxTranslator({ lang: "en" })("nd30.motto.missing")).toBe(docxEn["nd30.motto.missing"]);
  });

  it("refuses options that are not an object, or a language it has no messages in, as createTranslator does", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc
            .anything()
            .filter((options) => options !== undefined && (typeof options !== "object" || options === null))
            .map((options) => [options, "domain.invalid-option"] as const),
          fc
            .string()
            .filter((lang) => lang !== "vi" && lang !== "en")
            .map((lang) => [{ lang }, "domain.unsupported-language"] as const),
        ),
        ([options, code]) => {
          expect(() => createDocxTranslator(options as never)).toThrow(expect.objectContaining({ code }));
        },
      ),
      { numRuns: 50 },
    );
  });

  it("is left out of a browser bundle of validateReport, with the .docx messages and the meanings of error codes", async () => {
    const report = await sourcesInBundle('export { validateReport } from "@xhht/domain";');
    expect(report).toContain("packages/domain/src/i18n/locales/validation.vi.ts");
    expect(report.filter((path) => /i18n\/(createDocxTranslator|locales\/(docx|errors|vi)\.)/.test(path))).toEqual([]);
    const docx = await sourcesInBundle('export { createDocxTranslator } from "@xhht/domain";');
    expect(docx).toContain("packages/domain/src/i18n/locales/docx.vi.ts");
    expect(docx.filter((path) => /i18n\/locales\/(errors|vi)\./.test(path))).toEqual([]);
  }, 30_000);
});
