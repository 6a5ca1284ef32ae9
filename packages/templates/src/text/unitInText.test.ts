import { describe, expect, it } from "vitest";
import { unitInText } from "./unitInText.ts";

describe("unitInText", () => {
  it("lowers the common noun of a province's name, keeping «Thành phố Hồ Chí Minh»", () => {
    expect(unitInText("Tỉnh Nam Định")).toBe("tỉnh Nam Định");
    expect(unitInText("Thành phố Hà Nội")).toBe("thành phố Hà Nội");
    expect(unitInText("Thành phố Hồ Chí Minh")).toBe("Thành phố Hồ Chí Minh");
    expect(unitInText("Thủ đô Hà Nội")).toBe("Thủ đô Hà Nội");
  });
});
