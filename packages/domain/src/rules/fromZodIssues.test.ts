import { describe, expect, it } from "vitest";
import { z } from "zod";
import { directive2020 } from "../data/directive2020.ts";
import { samplePlan2020 } from "../data/samplePlan2020.ts";
import { sampleReport2020 } from "../data/sampleReport2020.ts";
import type { Directive } from "../entities/directive/Directive.ts";
import { validateDirective } from "../entities/directive/validateDirective.ts";
import type { ProvincialPlan } from "../entities/provincialPlan/ProvincialPlan.ts";
import { validatePlan } from "../entities/provincialPlan/validatePlan.ts";
import { validateReport } from "../entities/provincialReport/validateReport.ts";
import { createTranslator } from "../i18n/createTranslator.ts";
import { fromZodIssues } from "./fromZodIssues.ts";

const directive = (change: (draft: Record<string, any>) => void) => {
  const draft = structuredClone(directive2020) as Directive as unknown as Record<string, any>;
  change(draft);
  return validateDirective(draft, { lang: "en" }).issues;
};
const plan = (change: (draft: Record<string, any>) => void) => {
  const draft = structuredClone(samplePlan2020) as ProvincialPlan as unknown as Record<string, any>;
  change(draft);
  return validatePlan(draft, { lang: "en" }).issues;
};

describe("issues from the schemas", () => {
  it("name a value that is too large", () => {
    expect(directive((d) => (d.letter.number = 10_000_000))).toEqual([
      expect.objectContaining({ code: "schema.too-big", path: ["letter", "number"], params: { maximum: "999999" } }),
    ]);
  });

  it("list the values a field accepts", () => {
    expect(plan((p) => (p.budget[0].source = "lottery"))).toEqual([
      expect.objectContaining({ code: "schema.invalid-value", path: ["budget", 0, "source"] }),
    ]);
    const [issue] = directive((d) => (d.letter.body[0].type = "table"));
    expect(issue).toMatchObject({ code: "schema.invalid-value", path: ["letter", "body", 0, "type"] });
    expect(issue?.message).toContain('"paragraph"');
  });

  it("say which format a value breaks", () => {
    expect(directive((d) => (d.reporting.email = "tlanh at moet"))).toEqual([
      expect.objectContaining({ code: "email.format", path: ["reporting", "email"] }),
    ]);
    expect(plan((p) => (p.activities[0].code = "Communication Media"))).toEqual([
      expect.objectContaining({ code: "code.format", path: ["activities", 0, "code"] }),
    ]);
    expect(directive((d) => (d.letter.body[0].id = "Intro 1"))).toEqual([
      expect.objectContaining({ code: "block.id", path: ["letter", "body", 0, "id"] }),
    ]);
    expect(directive((d) => (d.letter.body[1].label = "I."))).toEqual([
      expect.objectContaining({ code: "block.heading-label", path: ["letter", "body", 1, "label"] }),
    ]);
    expect(plan((p) => (p.province = "1"))).toEqual([
      expect.objectContaining({ code: "province.code-format", path: ["province"] }),
    ]);
  });

  it("refuse a day that no calendar has", () => {
    expect(directive((d) => (d.letter.date = "0000-01-01")).map((issue) => issue.code)).toContain("date.format");
  });

  it("pair a signing authority with the head it acts for", () => {
    const legacy = { authority: "KT.", title: "THỨ TRƯỞNG", name: "Nguyễn Hữu Độ" };
    expect(directive((d) => (d.letter.signature = legacy))).toEqual([
      expect.objectContaining({ code: "signature.authority-pair", path: ["letter", "signature", "actingFor"] }),
    ]);
  });

  it("fall back to general issues for checks no rule of the SDK names", () => {
    const t = createTranslator({ lang: "en" });
    const format = z.string().startsWith("KH").safeParse("BC");
    const custom = z
      .string()
      .refine(() => false)
      .safeParse("x");
    expect(fromZodIssues(t, format.error!.issues, "BC")).toEqual([
      expect.objectContaining({ code: "schema.invalid-format", params: { format: "starts_with" } }),
    ]);
    expect(fromZodIssues(t, custom.error!.issues, "x")).toEqual([
      expect.objectContaining({ code: "schema.invalid", message: "Invalid data." }),
    ]);
  });

  it("names at most ten unknown keys in a message", () => {
    const input = Object.fromEntries(Array.from({ length: 100_000 }, (_, index) => [`k${index}`, 1]));
    const [issue] = validateReport({ ...sampleReport2020, ...input }).issues;
    expect(issue).toMatchObject({ code: "schema.unknown-key", path: [] });
    expect(issue?.params.keys).toBe("k0, k1, k2, k3, k4, k5, k6, k7, k8, k9, … (100000)");
  });
});
