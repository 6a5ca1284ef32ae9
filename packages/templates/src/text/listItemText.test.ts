import { describe, expect, it } from "vitest";
import { expectQuickAnswer, megabyte } from "../../../../test/support/expectQuickAnswer.ts";
import { listItemText } from "./listItemText.ts";

describe("listItemText", () => {
  it("ends a line with «;» and the last with «.», replacing the punctuation it came with", () => {
    expect(listItemText("Như trên", false)).toBe("Như trên;");
    expect(listItemText("Lưu: VT, GDTX", true)).toBe("Lưu: VT, GDTX.");
    expect(listItemText("Sở GDĐT; ", true)).toBe("Sở GDĐT.");
  });
});

describe("listItemText on adversarial text", () => {
  it("answers a megabyte of «;», spaces and full stops at once", () => {
    for (const text of [
      `${";".repeat(megabyte)}x`,
      `${" ".repeat(megabyte)}x`,
      ". ".repeat(megabyte / 2),
      `a${";".repeat(megabyte)}`,
    ]) {
      const line = expectQuickAnswer(() => listItemText(text, false));
      expect(line.endsWith(";")).toBe(true);
    }
    expect(listItemText(`a${"; ".repeat(10)}`, true)).toBe("a.");
  });
});
