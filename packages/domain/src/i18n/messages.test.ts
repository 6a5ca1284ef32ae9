import { describe, expect, it } from "vitest";
import { messages } from "./messages.ts";
import { paramWords } from "./paramWords.ts";

const placeholders = (text: string) => [...text.matchAll(/\{\{(.*?)\}\}/g)].map((match) => match[1] ?? "");
const sameMessage = (key: string) => (other: string) => other === key || other.startsWith(`${key}_`);

describe("messages", () => {
  it("are flat: every message is a plain string whose only markup is {{name}} placeholders, none of i18next's own", () => {
    for (const [lang, texts] of Object.entries(messages)) {
      for (const [key, text] of Object.entries(texts)) {
        expect(typeof text, `${lang} ${key}`).toBe("string");
        expect(text, `${lang} ${key}`).not.toMatch(/\$t\(|\{\{-|\{\{[^}]*,/u);
        for (const name of placeholders(text)) expect(name, `${lang} ${key}`).toMatch(/^[A-Za-z]\w*$/u);
        expect(text.replace(/\{\{\w+\}\}/g, ""), `${lang} ${key}`).not.toMatch(/\{\{|\}\}/u);
      }
    }
  });

  it("declare a parameter by each placeholder of a rule's message, the same in both languages, and words only count", () => {
    for (const key of Object.keys(messages.en) as (keyof typeof messages.en)[]) {
      const en = placeholders(messages.en[key]).sort();
      expect(placeholders(messages.vi[key as keyof typeof messages.vi] ?? "").sort(), key).toEqual(
        key.startsWith("count.") && !Object.hasOwn(messages.vi, key) ? [] : [...new Set(en)],
      );
      if (key.startsWith("count.")) expect(en, key).toEqual(["count"]);
    }
  });

  it("show as a word only parameters their message has, with a word of every plural form the language has", () => {
    for (const lang of ["vi", "en"] as const) {
      const texts: Readonly<Record<string, string>> = messages[lang];
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const [key, words] of Object.entries(paramWords[lang])) {
        const variants = Object.keys(texts).filter(sameMessage(key));
        expect(variants, `${lang} ${key}`).toContain(key);
        for (const [name, word] of Object.entries(words)) {
          for (const variant of variants) {
            if (!placeholders(texts[variant] ?? "").includes(name)) continue;
            if (!word.startsWith("count.")) continue;
            for (const category of categories) expect(texts, `${lang} ${word}`).toHaveProperty([`${word}_${category}`]);
            const other = (texts[`${word}_other`] ?? "").replace("{{count}}", `{{${name}}}`);
            expect(texts[variant], `${lang} ${variant} writes ${word} in its _other form`).toContain(other);
          }
          if (!word.startsWith("count.")) {
            expect(Object.keys(texts).filter((other) => other.startsWith(`${word}.`)).length, word).toBeGreaterThan(0);
          }
          expect(
            variants.some((variant) => placeholders(texts[variant] ?? "").includes(name)),
            `${key} ${name}`,
          ).toBe(true);
        }
      }
    }
  });
});
