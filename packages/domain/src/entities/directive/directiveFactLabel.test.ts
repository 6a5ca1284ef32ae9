import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../../errors/DomainError.ts";
import { directiveFactLabel } from "./directiveFactLabel.ts";
import { directiveFactNames, directiveFor } from "./directiveFor.ts";

describe("directiveFactLabel", () => {
  it("names each part of a year's directive in Vietnamese by default and in English on request", () => {
    expect(directiveFactLabel("reportDeadline")).toBe("Hạn gửi báo cáo");
    expect(directiveFactLabel("reportDeadline", { lang: "en" })).toBe("Report deadline");
    expect(directiveFactNames.map((name) => directiveFactLabel(name, { lang: "en" }))).toEqual([
      "Number and symbol of the letter",
      "Date of the letter",
      "Theme of the Week",
      "Dates of the Week",
      "Activities the letter asks for",
      "Report deadline",
      "Full text of the letter",
    ]);
  });

  it("gives every fact a different name in each language", () => {
    for (const lang of ["vi", "en"] as const) {
      const labels = directiveFactNames.map((name) => directiveFactLabel(name, { lang }));
      expect(new Set(labels).size).toBe(directiveFactNames.length);
      for (const label of labels) expect(label.trim()).not.toBe("");
    }
  });

  it("is the label every fact of directiveFor carries, for any year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2011, max: 2040 }), fc.constantFrom(...directiveFactNames), (year, name) => {
        const { label } = directiveFor(year).facts[name];
        expect(label).toEqual({ vi: directiveFactLabel(name), en: directiveFactLabel(name, { lang: "en" }) });
      }),
      { numRuns: 100 },
    );
  });

  it("throws a DomainError for a name that is no fact or a language it has no names in", () => {
    expect(() => directiveFactLabel("deadline" as never)).toThrow(DomainError);
    expect(() => directiveFactLabel("deadline" as never)).toThrow(/reportDeadline/);
    expect(() => directiveFactLabel("theme", { lang: "fr" as never })).toThrow(
      expect.objectContaining({ code: "domain.unsupported-language" }),
    );
  });
});
