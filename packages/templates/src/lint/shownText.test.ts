import { describe, expect, it } from "vitest";
import { shownText } from "./shownText.ts";

describe("shownText", () => {
  it("composes, drops format characters, turns no-break spaces into spaces and trims", () => {
    expect(shownText("\u00A0 KT.\u00A0CHU\u0309 TI\u0323CH\u200B\uFEFF ")).toBe("KT. CHỦ TỊCH");
  });
});
