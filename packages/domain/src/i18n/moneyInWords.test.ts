import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DomainError } from "../errors/DomainError.ts";
import { moneyInWords } from "./moneyInWords.ts";

describe("moneyInWords", () => {
  it.each([
    [0, "Không đồng"],
    [15, "Mười lăm đồng"],
    [21, "Hai mươi mốt đồng"],
    [24, "Hai mươi tư đồng"],
    [105, "Một trăm linh năm đồng"],
    [110, "Một trăm mười đồng"],
    [1_000_001, "Một triệu không trăm linh một đồng"],
    [1_001_000, "Một triệu không trăm linh một nghìn đồng"],
    [45_500_000, "Bốn mươi lăm triệu năm trăm nghìn đồng"],
    [1_000_000_000_000, "Một nghìn tỷ đồng"],
    [1_000_000_000_000_000, "Một triệu tỷ đồng"],
  ])("reads %d as «%s»", (amount, words) => {
    expect(moneyInWords(amount)).toBe(words);
  });

  it("reads bigints beyond the safe integer range", () => {
    expect(moneyInWords(10n ** 18n)).toBe("Một tỷ tỷ đồng");
  });

  it("appends «chẵn» on request", () => {
    expect(moneyInWords(6_000_000, { even: true })).toBe("Sáu triệu đồng chẵn");
  });

  it("refuses amounts that are not whole, non-negative đồng, saying what to give", () => {
    for (const amount of [-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1, -1n]) {
      expect(() => moneyInWords(amount)).toThrow(DomainError);
    }
    expect(() => moneyInWords(-1)).toThrow(/whole, non-negative/);
  });

  it("always gives one capitalised line of Vietnamese ending in «đồng» for any amount", () => {
    fc.assert(
      fc.property(fc.oneof(fc.maxSafeNat(), fc.bigInt({ min: 0n, max: 10n ** 30n })), (amount) => {
        const words = moneyInWords(amount);
        expect(words).toMatch(/^\p{Lu}[\p{Ll} ]* đồng$/u);
        expect(words).not.toMatch(/ {2}|lẻ|tỉ/);
      }),
    );
  });
});
