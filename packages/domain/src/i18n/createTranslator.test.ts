import fc from "fast-check";
import i18next, { createInstance } from "i18next";
import { createInstance as createInstance23 } from "i18next-23";
import { createInstance as createInstance25 } from "i18next-25";
import { createInstance as createInstance27 } from "i18next-27";
import { describe, expect, it } from "vitest";
import { createTranslator } from "./createTranslator.ts";
import type { I18nextLike } from "./I18nextLike.ts";
import { messages } from "./messages.ts";

/** What these tests use of an app's i18next instance, whatever its version. */
interface AppI18n extends I18nextLike {
  readonly language: string;
  init(options: object): Promise<unknown>;
}

/** The app's own `t`, called as an app calls it: its types differ from one major to the next. */
const appT = (app: AppI18n) => (app as unknown as { t: (key: string, options?: object) => unknown }).t.bind(app);

/** An app's own instance of each i18next major the peer range takes, configured as apps do: HTML escaping on. */
const appInstances = async (): Promise<[string, AppI18n][]> => {
  const apps: [string, AppI18n][] = [
    ["23", createInstance23()],
    ["25", createInstance25()],
    ["26", createInstance()],
    ["27", createInstance27()],
  ];
  for (const [, app] of apps) {
    await app.init({
      lng: "fr",
      fallbackLng: "fr",
      resources: { fr: { translation: { hello: "bonjour" } } },
      showSupportNotice: false,
    });
  }
  return apps;
};

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

  it("writes markup in parameters as it is through an app's i18next 23, 25, 26 or 27 instance that escapes values", async () => {
    for (const [major, app] of await appInstances()) {
      expect(appT(app)("hello", { name: "<b>" }), major).toBe("bonjour");
      const t = createTranslator({ lang: "en", i18n: app });
      expect(t("directive.duplicate-block-id", { id: "<b>x</b> & 'y'" }), major).toBe(
        "The block id «<b>x</b> & 'y'» is used twice.",
      );
      expect(
        t("report.late", { submittedOn: "2020-10-30", lastDay: "2020-10-29", daysLate: 1, workingDaysLate: 2 }),
        major,
      ).toBe("The report was sent on 30/10/2020, 1 day (2 working days) after the last day, 29/10/2020.");
      // The app's own t on the namespace, as docs/domain.md shows it: escaping off for the call.
      expect(
        appT(app)("directive.duplicate-block-id", {
          lng: "vi",
          ns: "xhht",
          keySeparator: false,
          nsSeparator: false,
          interpolation: { escapeValue: false },
          id: "<b>",
        }),
        major,
      ).toBe("Mã đoạn «<b>» bị trùng.");
    }
  });

  it("adds its messages to the caller's instance without changing that instance's language or keys", async () => {
    for (const [major, host] of await appInstances()) {
      const t = createTranslator({ lang: "en", i18n: host });
      expect(t("text.blank"), major).toBe("Must not be blank.");
      expect(host.language, major).toBe("fr");
      expect(appT(host)("hello"), major).toBe("bonjour");
      expect(host.getResource("vi", "xhht", "text.blank", { keySeparator: false }), major).toBe(
        messages.vi["text.blank"],
      );
    }
  });

  it("speaks the app's own wording of a message in its namespace, and the SDK's for a key the app left out", async () => {
    const host = createInstance();
    await host.init({
      lng: "en",
      resources: {
        en: { xhht: { "text.blank": "Please fill this in.", "count.days_one": "a single day ({{count}})" } },
      },
    });
    const t = createTranslator({ lang: "en", i18n: host });
    expect(t("text.blank")).toBe("Please fill this in.");
    expect(t("directive.week-length", { days: 1 })).toBe(
      "The Week normally lasts 7 days; this one lasts a single day (1).",
    );
    expect(t("directive.week-length", { days: 3 })).toBe("The Week normally lasts 7 days; this one lasts 3 days.");
  });

  it("says every message alike on its own and through an app's i18next instance, whatever the parameters", async () => {
    const host = createInstance27();
    await host.init({ lng: "fr", resources: {} });
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
    );
    fc.assert(
      fc.property(
        fc.constantFrom("vi" as const, "en" as const),
        fc.constantFrom(...Object.keys(messages.en)),
        fc.dictionary(
          fc.constantFrom("days", "daysLate", "workingDaysLate", "count", "expected", "id", "context", "name"),
          value,
        ),
        (lang, key, params) => {
          const own = createTranslator({ lang })(key, params);
          expect(createTranslator({ lang, i18n: host })(key, params)).toBe(own);
          expect(own).not.toMatch(/&(lt|gt|amp|quot|#39|#x2F);/u);
        },
      ),
    );
  });

  it("works with any object that has the three methods of an i18next instance", () => {
    const bundles = new Map<string, Readonly<Record<string, unknown>>>();
    const i18n: I18nextLike = {
      getResource: (lng, ns, key) => bundles.get(`${lng}/${ns}`)?.[key],
      hasResourceBundle: (lng, ns) => bundles.has(`${lng}/${ns}`),
      addResourceBundle: (lng, ns, resources) => bundles.set(`${lng}/${ns}`, resources as Record<string, unknown>),
    };
    expect(createTranslator({ lang: "en", i18n })("schema.invalid-type", { expected: "number" })).toBe(
      "Wrong type: expected a number.",
    );
    expect([...bundles.keys()].sort()).toEqual(["en/xhht", "vi/xhht"]);
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
    expect(() => createTranslator({ i18n: { t: () => "" } } as never)).toThrow(
      /options\.i18n must be an i18next instance .* getResource, hasResourceBundle and addResourceBundle/,
    );
  });
});
