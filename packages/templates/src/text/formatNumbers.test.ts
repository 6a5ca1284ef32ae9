import { describe, expect, it } from "vitest";
import { expectQuickAnswer } from "../../../../test/support/expectQuickAnswer.ts";
import { formatInteger, romanNumeral } from "./formatNumbers.ts";

describe("formatInteger", () => {
  it("groups thousands with full stops, whatever the host locale", () => {
    expect(formatInteger(0)).toBe("0");
    expect(formatInteger(999)).toBe("999");
    expect(formatInteger(1000)).toBe("1.000");
    expect(formatInteger(45_500_000)).toBe("45.500.000");
    expect(formatInteger(Number.MAX_SAFE_INTEGER)).toBe("9.007.199.254.740.991");
    expect(formatInteger(10n ** 18n)).toBe("1.000.000.000.000.000.000");
  });
});

describe("romanNumeral", () => {
  it("writes the numbers of parts and appendices", () => {
    expect([1, 2, 3, 4, 5, 9, 10, 14, 40, 90].map(romanNumeral)).toEqual([
      "I",
      "II",
      "III",
      "IV",
      "V",
      "IX",
      "X",
      "XIV",
      "XL",
      "XC",
    ]);
  });
});

describe("formatInteger on a huge bigint", () => {
  it("groups a hundred thousand digits at once", () => {
    const digits = `1${"0".repeat(99_999)}`;
    const value = BigInt(digits);
    const text = expectQuickAnswer(() => formatInteger(value));
    expect(text.replaceAll(".", "")).toBe(digits);
    expect(text.startsWith("1.000.")).toBe(true);
    expect(formatInteger(-(10n ** 6n))).toBe("-1.000.000");
  });
});
