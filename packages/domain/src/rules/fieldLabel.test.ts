import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sampleReport2020 } from "../data/sampleReport2020.ts";
import { validateReport } from "../entities/provincialReport/validateReport.ts";
import { entitySchemas } from "../entities/toJsonSchema.ts";
import { messages } from "../i18n/messages.ts";
import { fieldLabel } from "./fieldLabel.ts";

/** Every key of every entity schema's objects, however deep. */
const schemaKeys = (): Set<string> => {
  const keys = new Set<string>();
  const walk = (schema: unknown, depth: number): void => {
    const def = (schema as { _zod?: { def?: Record<string, unknown> } } | undefined)?._zod?.def;
    if (def === undefined || depth > 12) return;
    const inner = ["innerType", "element", "in", "out", "valueType", "left", "right"].map((name) => def[name]);
    if (def.type === "object") {
      for (const [key, value] of Object.entries(def.shape as Record<string, unknown>)) {
        keys.add(key);
        walk(value, depth + 1);
      }
    }
    for (const next of [...inner, ...((def.options as unknown[] | undefined) ?? [])]) walk(next, depth + 1);
  };
  for (const schema of Object.values(entitySchemas)) walk(schema, 0);
  return keys;
};

describe("fieldLabel", () => {
  it("names the fields along a path in each language, counting list entries from 1", () => {
    const path = ["activities", 2, "measures", "learners"];
    expect(fieldLabel(path)).toBe("Hoạt động thứ 3 › Chỉ số › Số học viên");
    expect(fieldLabel(path, { lang: "en" })).toBe("Activity 3 › Measures › Learners");
    expect(fieldLabel([])).toBe("");
    expect(fieldLabel(["made-up", 0])).toBe("made-up thứ 1");
  });

  it("gives a validator's issue a place an official can read", () => {
    const [issue] = validateReport({ ...sampleReport2020, subject: "" }, { lang: "en" }).issues;
    expect(fieldLabel(issue!.path, { lang: "en" })).toBe("Subject");
  });

  it("has a name in both languages for every field of every entity", () => {
    const measureKeys = Object.keys(messages.vi).filter((key) => key.startsWith("measure."));
    const named = (key: string, lang: "vi" | "en") =>
      `field.${key}` in messages[lang] || measureKeys.includes(`measure.${key}`);
    const missing = [...schemaKeys()].filter((key) => !named(key, "vi") || !named(key, "en"));
    expect(missing).toEqual([]);
  });

  it("never throws, whatever the path", () => {
    const segment = fc.oneof(fc.string(), fc.nat(), fc.constantFrom("activities", "measures", "learners", "__proto__"));
    fc.assert(fc.property(fc.array(segment, { maxLength: 6 }), (path) => typeof fieldLabel(path) === "string"));
  });
});
