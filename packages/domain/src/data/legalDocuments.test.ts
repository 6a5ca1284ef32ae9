import { describe, expect, it } from "vitest";
import { listRules } from "../rules/listRules.ts";
import { legalDocuments } from "./legalDocuments.ts";

const named = new Map<string, (typeof legalDocuments)[number]>(legalDocuments.map((d) => [d.document, d]));

describe("legalDocuments", () => {
  it("holds every document a rule rests on, so each basis can be looked up", () => {
    const missing = listRules()
      .flatMap((rule) => (rule.basis === undefined ? [] : rule.basis.document.split("; ")))
      .filter((document) => !named.has(document));
    expect([...new Set(missing)]).toEqual([]);
  });

  it("says who issued each document, with a civil date and an https address where given", () => {
    for (const entry of legalDocuments) {
      expect(entry.issuer.trim()).not.toBe("");
      if ("date" in entry) expect(entry.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if ("url" in entry) expect(new URL(entry.url).protocol).toBe("https:");
    }
  });

  it("names each document once", () => {
    expect(named.size).toBe(legalDocuments.length);
  });
});
