import { createInstance } from "i18next";
import { createInstance as createInstance23 } from "i18next-23";
import { createInstance as createInstance25 } from "i18next-25";
import { createInstance as createInstance27 } from "i18next-27";
import { describe, expectTypeOf, it } from "vitest";
import { createTranslator, type LanguageOptions } from "./createTranslator.ts";
import type { I18nextLike } from "./I18nextLike.ts";

describe("LanguageOptions.i18n", () => {
  it("takes an instance of i18next 23, 25, 26 and 27, typed by the members the SDK uses", () => {
    expectTypeOf(createInstance23()).toExtend<I18nextLike>();
    expectTypeOf(createInstance25()).toExtend<I18nextLike>();
    expectTypeOf(createInstance()).toExtend<I18nextLike>();
    expectTypeOf(createInstance27()).toExtend<I18nextLike>();
    createTranslator({ lang: "en", i18n: createInstance25() });
    createTranslator({ lang: "vi", i18n: createInstance27() });
  });

  it("takes a minimal object with the three methods, and refuses one without them", () => {
    const minimal = {
      getResource: (_lng: string, _ns: string, _key: string) => "text",
      hasResourceBundle: (_lng: string, _ns: string) => true,
      addResourceBundle: () => undefined,
    };
    expectTypeOf(minimal).toExtend<NonNullable<LanguageOptions["i18n"]>>();
    expectTypeOf({ t: (key: string) => key }).not.toExtend<I18nextLike>();
    // @ts-expect-error an i18n without getResource is no i18next instance
    createTranslator({ i18n: { t: (key: string) => key, hasResourceBundle: () => true } });
  });
});
