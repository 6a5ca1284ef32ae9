import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldVietnamese, lowerVietnamese } from "./foldVietnamese.ts";

describe("foldVietnamese", () => {
  it("drops diacritics and case, and writes đ as d", () => {
    expect(foldVietnamese("Hà Nội")).toBe("ha noi");
    expect(foldVietnamese("ĐẮK LẮK")).toBe("dak lak");
    expect(foldVietnamese("Thanh Hoá")).toBe(foldVietnamese("Thanh Hóa"));
  });

  it("turns punctuation and runs of spaces into single spaces", () => {
    expect(foldVietnamese("  Bà Rịa – Vũng Tàu ")).toBe("ba ria vung tau");
    expect(foldVietnamese("TP.Hồ Chí Minh")).toBe("tp ho chi minh");
  });

  it("folds NFD input like NFC input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (value) => {
        expect(foldVietnamese(value.normalize("NFD"))).toBe(foldVietnamese(value.normalize("NFC")));
      }),
    );
  });
});

describe("lowerVietnamese", () => {
  it("keeps diacritics while lowering case and collapsing punctuation", () => {
    expect(lowerVietnamese("  HÀ   NỘI ")).toBe("hà nội");
    expect(lowerVietnamese("Ha\u0300 N\u00F4\u0323i")).toBe("hà nội");
  });
});
