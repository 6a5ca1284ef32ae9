import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDateLine } from "./readDateLine.ts";

describe("readDateLine", () => {
  it("hands a filled-in date line to domain as typed", () => {
    expect(readDateLine("Hà Nội, ngày 05 tháng 01 năm 2020")).toEqual({
      checked: "Hà Nội, ngày 05 tháng 01 năm 2020",
      draft: false,
    });
  });

  it.each([
    ["Hà Nội, ngày      tháng 8 năm 2025", "Hà Nội, ngày 01 tháng 8 năm 2025"],
    ["Hà Nội, ngày       tháng   8   năm 2025", "Hà Nội, ngày 01 tháng 8 năm 2025"],
    ["Hà Nội, ngày … tháng … năm 2025", "Hà Nội, ngày 01 tháng 01 năm 2025"],
    ["[Địa danh], ngày ... tháng ... năm 20...", "Hà Nội, ngày 01 tháng 01 năm 2020"],
    ["Hà Nội ngày ... tháng 6 năm 2025", "Hà Nội ngày 01 tháng 6 năm 2025"],
  ])("fills the blanks of a draft, «%s», with neutral values", (line, checked) => {
    expect(readDateLine(line)).toEqual({ checked, draft: true });
  });

  it.each(["Kính gửi: Sở Giáo dục và Đào tạo", "Số: 12/UBND-VP", "ngày 5", "Hà Nội, ngày 1 2 tháng … năm 2025"])(
    "does not read «%s» as a date line",
    (line) => {
      expect(readDateLine(line)).toBeUndefined();
    },
  );

  it("reads any day and month, blank or typed, with a place and a year", () => {
    const part = fc.oneof(fc.integer({ min: 1, max: 31 }).map(String), fc.constantFrom("", "   ", "...", "…", "__"));
    fc.assert(
      fc.property(part, part, (day, month) => {
        const read = readDateLine(`Hà Nội, ngày ${day} tháng ${month} năm 2025`);
        expect(read?.draft).toBe(day.trim() === "" || month.trim() === "" || /[.…_]/u.test(day + month));
        expect(read?.checked).toMatch(/^Hà Nội, ngày \d{1,2} tháng \d{1,2} năm 2025$/u);
      }),
    );
  });

  it("never throws, whatever the text", () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => void readDateLine(text)));
  });
});
