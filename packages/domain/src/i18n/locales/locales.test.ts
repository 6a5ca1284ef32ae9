import { createInstance } from "i18next";
import { describe, expect, it } from "vitest";
import { listRules } from "../../rules/listRules.ts";
import { createTranslator } from "../createTranslator.ts";
import { docxVi } from "./docx.vi.ts";
import { en } from "./en.ts";
import { errorsVi } from "./errors.vi.ts";
import { validationVi } from "./validation.vi.ts";
import { vi } from "./vi.ts";
import { wordsEn } from "./words.en.ts";
import { wordsVi } from "./words.vi.ts";

/** A rule id, or the id of the rule a variant (`<rule id>_<context>`) belongs to. */
const ruleOf = (key: string) => key.split("_")[0];

describe("locales", () => {
  it("has a message in both languages for every rule an issue can carry, and a rule for every message", () => {
    // A layout rule (`appliesTo: ["layout"]`) names a value of the templates' profile that no check reports.
    const ids = listRules()
      .filter((rule) => !rule.appliesTo.includes("layout"))
      .map((rule) => rule.id)
      .sort();
    expect(
      Object.keys(vi)
        .filter((key) => !key.includes("_"))
        .sort(),
    ).toEqual(ids);
    expect(
      Object.keys(en)
        .filter((key) => !key.includes("_"))
        .sort(),
    ).toEqual(ids);
    expect(Object.keys(vi).filter((key) => !ids.includes(ruleOf(key) as (typeof ids)[number]))).toEqual([]);
    expect(Object.keys(en).filter((key) => !ids.includes(ruleOf(key) as (typeof ids)[number]))).toEqual([]);
  });

  it("splits the Vietnamese messages into the validators' rules, the .docx linter's and the error codes", () => {
    const idsOf = (keep: (rule: ReturnType<typeof listRules>[number]) => boolean) =>
      listRules()
        .filter(keep)
        .map((rule) => rule.id)
        .sort();
    const keysOf = (table: object) =>
      Object.keys(table)
        .filter((key) => !key.includes("_"))
        .sort();
    expect(keysOf(validationVi)).toEqual(
      idsOf((rule) => rule.kind === "issue" && !rule.appliesTo.includes("docx") && !rule.appliesTo.includes("layout")),
    );
    expect(keysOf(docxVi)).toEqual(idsOf((rule) => rule.kind === "issue" && rule.appliesTo.includes("docx")));
    expect(keysOf(errorsVi)).toEqual(idsOf((rule) => rule.kind === "error"));
    expect(vi).toEqual({ ...validationVi, ...docxVi, ...errorsVi });
  });

  it("has the same message variants in both languages", () => {
    expect(Object.keys(en).filter((key) => key.includes("_"))).toEqual(
      Object.keys(vi).filter((key) => key.includes("_")),
    );
  });

  it("uses the same parameters in both languages", () => {
    const params = (message: string) =>
      [...new Set([...message.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]))].sort();
    for (const id of Object.keys(vi) as (keyof typeof vi)[]) expect(params(en[id]), id).toEqual(params(vi[id]));
  });

  it("has every plural form of each counted word its language has", () => {
    for (const [lang, words] of [
      ["vi", wordsVi],
      ["en", wordsEn],
    ] as const) {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      const counted = new Set(Object.keys(words).flatMap((key) => (key.startsWith("count.") ? [ruleOf(key)] : [])));
      for (const word of counted) {
        for (const category of categories)
          expect(Object.keys(words), `${lang} ${word}`).toContain(`${word}_${category}`);
      }
    }
  });

  it("says numbers of days with the right plural form", () => {
    const en = createTranslator({ lang: "en" });
    const vi = createTranslator({ lang: "vi" });
    const late = (daysLate: number, workingDaysLate: number) => ({
      submittedOn: "2020-10-30",
      lastDay: "2020-10-29",
      daysLate,
      workingDaysLate,
    });
    expect(en("report.late", late(1, 1))).toBe(
      "The report was sent on 30/10/2020, 1 day (1 working day) after the last day, 29/10/2020.",
    );
    expect(en("report.late", late(2, 1))).toContain(", 2 days (1 working day) after");
    expect(en("report.late", late(1, 0))).toContain(", 1 day (0 working days) after");
    expect(en("report.late", late(4, 2))).toContain(", 4 days (2 working days) after");
    expect(vi("report.late", late(1, 1))).toBe(
      "Báo cáo gửi ngày 30/10/2020, quá hạn 1 ngày (1 ngày làm việc) so với hạn cuối 29/10/2020.",
    );
    expect(en("directive.week-length", { days: 1 })).toBe("The Week normally lasts 7 days; this one lasts 1 day.");
    expect(en("directive.week-length", { days: 8 })).toBe("The Week normally lasts 7 days; this one lasts 8 days.");
    expect(vi("directive.week-length", { days: 8 })).toBe("Tuần lễ thường kéo dài 7 ngày; ở đây là 8 ngày.");
  });

  it("names the expected type in the message's language, and a type without a name by its code", () => {
    expect(createTranslator({ lang: "vi" })("schema.invalid-type", { expected: "number" })).toBe(
      "Sai kiểu dữ liệu: cần số.",
    );
    expect(createTranslator({ lang: "vi" })("schema.invalid-type", { expected: "array" })).toBe(
      "Sai kiểu dữ liệu: cần danh sách.",
    );
    expect(createTranslator({ lang: "en" })("schema.invalid-type", { expected: "string" })).toBe(
      "Wrong type: expected text (a string).",
    );
    expect(createTranslator({ lang: "en" })("schema.invalid-type", { expected: "made-up" })).toBe(
      "Wrong type: expected made-up.",
    );
  });

  it("says words and plurals through the caller's own i18next instance too", () => {
    const i18n = createInstance();
    void i18n.init({ lng: "de", resources: {}, initAsync: false });
    const t = createTranslator({ lang: "en", i18n });
    expect(t("schema.invalid-type", { expected: "object" })).toBe("Wrong type: expected an object.");
    expect(t("directive.week-length", { days: 1 })).toBe("The Week normally lasts 7 days; this one lasts 1 day.");
  });
});
