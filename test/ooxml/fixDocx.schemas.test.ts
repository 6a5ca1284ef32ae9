import { fixDocx } from "@xhht/templates";
import { describe, expect, it } from "vitest";
import { handTypedLetter, withPageCount } from "../../packages/templates/src/lint/testing/handTypedLetter.ts";
import { validateDocxes } from "./validateDocx";

describe("fixDocx's output against the OOXML schemas", () => {
  it("validates for each fix, as the hand-typed letters it starts from do", async () => {
    const inputs = [
      await handTypedLetter({ margins: { top: 1009, bottom: 244, left: 1412, right: 1418 } }),
      await handTypedLetter({ page: { width: 12240, height: 15840 }, font: "Arial", bodySize: 24 }),
      await handTypedLetter({
        nationalTitle: "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        copies: ["- Như trên;", "- Lưu VT, VX."],
      }),
      withPageCount(await handTypedLetter({ pageNumber: "none" }), 3),
      withPageCount(await handTypedLetter({ pageNumber: "footer-right" }), 3),
      await handTypedLetter({ pageNumberOnFirstPage: true }),
    ];
    const results = inputs.map((bytes) => fixDocx(bytes));
    for (const result of results) expect(result.fixed.length).toBeGreaterThan(0);
    const validations = await validateDocxes(results.map((result) => result.bytes));
    expect(validations.flatMap((validation) => validation.problems)).toEqual([]);
  }, 60_000);
});
