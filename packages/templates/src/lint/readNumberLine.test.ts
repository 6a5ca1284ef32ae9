import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readNumberLine } from "./readNumberLine.ts";

describe("readNumberLine", () => {
  it.each([
    ["Số: 05/BNV-VP", { form: "plain", checked: "Số: 05/BNV-VP" }],
    ["Số: 15/2010/QĐ-UBND", { form: "normative", checked: "Số: 15/QĐ-UBND", year: "2010" }],
    ["Số:      /2025/QĐ-UBND", { form: "normative", checked: "Số:      /QĐ-UBND", year: "2025" }],
    ["Số: ....../QĐ-HĐ...", { form: "plain", checked: "Số: ....../QĐ-HĐX" }],
    ["Số: ....../NQ-......", { form: "plain", checked: "Số: ....../NQ-X" }],
    ["Số: {{so_ky_hieu}}", { form: "merge-field" }],
  ])("reads «%s»", (line, expected) => {
    expect(readNumberLine(line)).toEqual(expected);
  });

  it.each(["Số tín chỉ: 3", "Sở Giáo dục và Đào tạo", "Số lượng câu hỏi", "Hà Nội, ngày 05 tháng 01 năm 2020"])(
    "does not read «%s» as a number line",
    (line) => {
      expect(readNumberLine(line)).toBeUndefined();
    },
  );

  it("never throws, whatever the text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (text) => void readNumberLine(`Số: ${text}`)));
  });
});
