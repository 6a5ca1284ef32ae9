import { expect } from "vitest";
import { isIsoDate } from "../isIsoDate.ts";
import type { SourceDocument } from "../SourceDocument.ts";

/** Words that point at internal notes or unnamed reports rather than a document a user can find. */
const unnamed = /\breference\b|\bseed\b|\bnotes?\b|as reported for that year/i;

/**
 * Fails unless `sources` holds at least one document a user can check, each with a document and an issuer, a date
 * `YYYY-MM-DD` when dated, an `https` address when it has one, and no word that points at an internal note.
 *
 * @example
 * ```ts
 * expectCheckableSources(decision.sources, `the decision for ${decision.year}`);
 * ```
 */
export const expectCheckableSources = (sources: readonly SourceDocument[] | undefined, what: string): void => {
  expect(sources?.length ?? 0, `${what} has no sources`).toBeGreaterThan(0);
  for (const source of sources ?? []) {
    const label = `${what}: ${JSON.stringify(source)}`;
    expect(typeof source.document === "string" && source.document.trim() !== "", label).toBe(true);
    expect(typeof source.issuer === "string" && source.issuer.trim() !== "", label).toBe(true);
    expect(source.document + source.issuer, label).toBe((source.document + source.issuer).normalize("NFC"));
    expect(source.document + source.issuer, label).not.toMatch(unnamed);
    if (source.date !== undefined) expect(isIsoDate(source.date), label).toBe(true);
    if (source.url !== undefined) expect(source.url, label).toMatch(/^https:\/\/[^\s/]+\.[^\s]+$/);
  }
};

/**
 * Fails when a free-text `source` points at an internal note or an unnamed report.
 *
 * @example
 * ```ts
 * expectNamedSource(rule.source, rule.id);
 * ```
 */
export const expectNamedSource = (source: string | undefined, what: string): void => {
  expect(source, what).not.toMatch(unnamed);
};
