import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validationVi } from "./locales/validation.vi.ts";
import { wordsVi } from "./locales/words.vi.ts";
import { createMessageRegistry, messageRegistry } from "./messageRegistry.ts";
import { messages } from "./messages.ts";

describe("createMessageRegistry", () => {
  it("has a language only once a table of it is added, and finds its keys then", () => {
    const registry = createMessageRegistry({ vi: { "text.blank": "Trống." } });
    expect(registry.has("vi")).toBe(true);
    expect(registry.has("en")).toBe(false);
    expect(registry.lookup("en")("text.blank")).toBeUndefined();
    registry.add("en", { "text.blank": "Blank." });
    expect(registry.has("en")).toBe(true);
    expect(registry.lookup("en")("text.blank")).toBe("Blank.");
    expect(registry.lookup("vi")("text.blank")).toBe("Trống.");
  });

  it("lets a later table reword a key, adds the same table once, and gives every message as one table", () => {
    const first = { a: "1", b: "2" };
    const registry = createMessageRegistry();
    registry.add("vi", first);
    registry.add("vi", { b: "two", c: "3" });
    registry.add("vi", first);
    expect(registry.table("vi")).toEqual({ a: "1", b: "two", c: "3" });
    expect(registry.table("en")).toEqual({});
  });

  it("adds as defaults only the keys not there yet, and the same table once", () => {
    const defaults = { a: "1", b: "2" };
    const registry = createMessageRegistry();
    registry.add("vi", { b: "reworded" });
    registry.addDefaults("vi", defaults);
    registry.add("vi", { a: "later" });
    registry.addDefaults("vi", defaults);
    expect(registry.table("vi")).toEqual({ a: "later", b: "reworded" });
  });

  it("finds exactly the keys of the tables added, whatever they are", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string()), fc.string(), (table, other) => {
        const registry = createMessageRegistry();
        registry.add("en", table);
        for (const [key, text] of Object.entries(table)) expect(registry.lookup("en")(key)).toBe(text);
        expect(registry.lookup("en")(other)).toBe(Object.hasOwn(table, other) ? table[other] : undefined);
        expect(registry.lookup("vi")(other)).toBeUndefined();
      }),
    );
  });
});

describe("messageRegistry", () => {
  it("has in Vietnamese the message of every rule a validator reports and the words they show, whatever else is loaded", () => {
    const lookup = messageRegistry.lookup("vi");
    for (const [key, text] of Object.entries({ ...validationVi, ...wordsVi })) expect(lookup(key), key).toBe(text);
  });

  it("has every message of both languages in Node, where the package's node entry registers them", () => {
    for (const lang of ["vi", "en"] as const) expect(messageRegistry.table(lang)).toEqual(messages[lang]);
  });
});
