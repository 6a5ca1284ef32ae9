import { describe, expect, it } from "vitest";
import { expectQuickAnswer } from "../../../../test/support/expectQuickAnswer.ts";
import { sampleReport2020 } from "../data/sampleReport2020.ts";
import { textLimits } from "../data/textLimits.ts";
import type { EntityId } from "../entities/entityIds.ts";
import { validateReport } from "../entities/provincialReport/validateReport.ts";
import { entitySchemas, toJsonSchema } from "../entities/toJsonSchema.ts";
import { entitySamples } from "../testing/entitySamples.ts";
import { boundedString } from "./boundedString.ts";

const samples: Record<EntityId, unknown> = entitySamples;

/** The path of every string inside `value`. */
const stringPaths = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] => {
  if (typeof value === "string") return [prefix];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) =>
    stringPaths(child, [...prefix, Array.isArray(value) ? Number(key) : key]),
  );
};

const replaced = (value: unknown, path: readonly (string | number)[], replacement: string): unknown => {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path.at(-1) as string | number] = replacement;
  return copy;
};

describe("boundedString", () => {
  it("counts code points as JSON Schema does, before trimming", () => {
    expect(boundedString(3).safeParse("😀😀😀").success).toBe(true);
    expect(boundedString(3).safeParse("😀😀😀😀").success).toBe(false);
    expect(boundedString(3).safeParse(" ab ").success).toBe(false);
  });

  it("refuses a 20,000-character subject with text.too-long, saying the limit in both languages", () => {
    const input = { ...sampleReport2020, subject: "Kết quả ".repeat(2_500) };
    for (const lang of ["vi", "en"] as const) {
      const [issue] = validateReport(input, { lang }).issues;
      expect(issue).toMatchObject({
        code: "text.too-long",
        path: ["subject"],
        params: { maximum: textLimits.subject, length: 20_000 },
      });
      expect(issue?.message).toContain("500");
      expect(issue?.message).toContain(lang === "vi" ? "20.000" : "20,000");
    }
  });

  it("bounds every string of every entity, in zod and in its JSON Schema, and answers a long string at once", () => {
    const megabyte = "a".repeat(1 << 16);
    for (const [name, schema] of Object.entries(entitySchemas) as [EntityId, (typeof entitySchemas)[EntityId]][]) {
      const json = JSON.stringify(toJsonSchema(name));
      for (const path of stringPaths(samples[name])) {
        const result = expectQuickAnswer(
          () => schema.safeParse(replaced(samples[name], path, megabyte)),
          1_000,
          `${name} ${path.join(".")}`,
        );
        expect(result.success, `${name} ${path.join(".")}`).toBe(false);
      }
      expect(json).toContain('"maxLength":20000');
    }
  }, 30_000);

  it("answers a megabyte of text at once", () => {
    for (const subject of ["a".repeat(1 << 20), ` ${"a ".repeat(1 << 19)}\u0000`]) {
      expect(expectQuickAnswer(() => validateReport({ ...sampleReport2020, subject }).ok, 1_000)).toBe(false);
    }
  });
});
