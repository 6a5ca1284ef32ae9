import { describe, expect, it } from "vitest";
import { expectQuickAnswer, megabyte } from "../../../../test/support/expectQuickAnswer.ts";
import { estimateTextWidth } from "./estimateTextWidth.ts";

describe("estimateTextWidth", () => {
  it("measures the motto at 13 pt bold as about 55 mm", () => {
    const twips = estimateTextWidth("Độc lập - Tự do - Hạnh phúc", { size: 26, bold: true });
    expect(twips).toBeGreaterThan(3000);
    expect(twips).toBeLessThan(3200);
  });

  it("gives a Vietnamese letter the width of its base letter", () => {
    expect(estimateTextWidth("Ộ", { size: 24, bold: true })).toBe(estimateTextWidth("O", { size: 24, bold: true }));
    expect(estimateTextWidth("ữ", { size: 24 })).toBe(estimateTextWidth("ư", { size: 24 }));
  });

  it("keeps the Quốc hiệu at 12 pt bold narrower than the header's right column", () => {
    expect(estimateTextWidth("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { size: 24, bold: true })).toBeLessThan(5200);
  });

  it("grows linearly with the font size", () => {
    const at12 = estimateTextWidth("Hà Nội", { size: 24 });
    const at24 = estimateTextWidth("Hà Nội", { size: 48 });
    expect(Math.abs(at24 - 2 * at12)).toBeLessThanOrEqual(1);
  });
});

describe("estimateTextWidth on adversarial text", () => {
  it("measures a megabyte of letters with tone marks, combining marks alone, or spaces at once", () => {
    for (const text of [
      "ệ".repeat(megabyte / 2),
      "\u0301".repeat(megabyte),
      " ".repeat(megabyte),
      "😀".repeat(megabyte / 2),
    ]) {
      expect(expectQuickAnswer(() => estimateTextWidth(text, { size: 26 }), 1_000)).toBeGreaterThanOrEqual(0);
    }
  });
});
