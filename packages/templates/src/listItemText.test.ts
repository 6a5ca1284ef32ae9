import { describe, expect, it } from "vitest";
import { listItemText } from "./listItemText.ts";

describe("listItemText", () => {
  it("ends a line with «;» and the last with «.», replacing the punctuation it came with", () => {
    expect(listItemText("Như trên", false)).toBe("Như trên;");
    expect(listItemText("Lưu: VT, GDTX", true)).toBe("Lưu: VT, GDTX.");
    expect(listItemText("Sở GDĐT; ", true)).toBe("Sở GDĐT.");
  });
});
