import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectQuickAnswer, megabyte } from "../../../test/support/expectQuickAnswer.ts";
import { CalendarError } from "./CalendarError.ts";
import { formatDateLine } from "./formatDateLine.ts";

describe("formatDateLine", () => {
  it("writes the place, then the day, month and year in words", () => {
    expect(formatDateLine("Hà Nội", "2020-09-15")).toBe("Hà Nội, ngày 15 tháng 9 năm 2020");
  });

  it("puts a leading zero before a day below 10 and before months 1 and 2", () => {
    expect(formatDateLine("Hà Nội", "2020-01-05")).toBe("Hà Nội, ngày 05 tháng 01 năm 2020");
    expect(formatDateLine("Hà Nội", "2020-02-09")).toBe("Hà Nội, ngày 09 tháng 02 năm 2020");
  });

  it("writes months 3 to 12 without a leading zero", () => {
    expect(formatDateLine("Hà Nội", "2019-06-29")).toBe("Hà Nội, ngày 29 tháng 6 năm 2019");
    expect(formatDateLine("Hà Nội", "2020-10-01")).toBe("Hà Nội, ngày 01 tháng 10 năm 2020");
    expect(formatDateLine("Thành phố Hồ Chí Minh", "2025-12-31")).toBe(
      "Thành phố Hồ Chí Minh, ngày 31 tháng 12 năm 2025",
    );
  });

  it("normalises the place to NFC and trims it", () => {
    const decomposed = "Hà Nội".normalize("NFD");
    expect(formatDateLine(`  ${decomposed} `, "2020-09-15")).toBe("Hà Nội, ngày 15 tháng 9 năm 2020");
  });

  it("rejects a blank place or one that already carries punctuation of the line", () => {
    for (const place of ["", "   ", "Hà Nội,", "Hà Nội\nViệt Nam"]) {
      expect(() => formatDateLine(place, "2020-09-15")).toThrow(CalendarError);
    }
    expect(() => formatDateLine(" ", "2020-09-15")).toThrow(
      expect.objectContaining({ code: "calendar.invalid-place", message: expect.stringMatching(/e\.g\. "Hà Nội"/) }),
    );
  });

  it("rejects impossible dates", () => {
    for (const date of ["2021-02-29", "2020-13-01", "15/09/2020", "2020-9-15"]) {
      expect(() => formatDateLine("Hà Nội", date)).toThrow(expect.objectContaining({ code: "calendar.invalid-date" }));
    }
  });

  it("pads the day to two digits and the month only when it is 1 or 2, for any date", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_932_896 }), (dayNumber) => {
        const iso = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
        const [year, month, day] = iso.split("-") as [string, string, string];
        const monthText = Number(month) <= 2 ? month : String(Number(month));
        expect(formatDateLine("Hà Nội", iso)).toBe(`Hà Nội, ngày ${day} tháng ${monthText} năm ${Number(year)}`);
      }),
    );
  });
});

describe("formatDateLine on hostile text", () => {
  it("refuses a place holding a character no document can carry, naming it", () => {
    for (const [place, code] of [
      ["Hà\u0000Nội", "U+0000"],
      ["Hà\u000BNội", "U+000B"],
      ["Hà\uFFFENội", "U+FFFE"],
      ["Hà\uFFFFNội", "U+FFFF"],
      ["Hà\uD800Nội", "U+D800"],
      ["Hà\uDC00Nội", "U+DC00"],
    ]) {
      expect(() => formatDateLine(place as string, "2020-01-05")).toThrow(
        expect.objectContaining({ code: "calendar.invalid-text", message: expect.stringContaining(code as string) }),
      );
    }
    expect(formatDateLine("Hà Nội 😀", "2020-01-05")).toBe("Hà Nội 😀, ngày 05 tháng 01 năm 2020");
  });

  it("refuses a place that is not text with calendar.invalid-place", () => {
    for (const place of [undefined, null, 10n, Symbol("x"), 5, {}, ["Hà Nội"]]) {
      expect(() => formatDateLine(place as never, "2020-01-05")).toThrow(
        expect.objectContaining({ code: "calendar.invalid-place" }),
      );
    }
  });

  it("answers a megabyte of place text at once, and quotes at most 60 characters of it", () => {
    for (const place of [
      "a".repeat(megabyte),
      ` ${" ".repeat(megabyte)}`,
      `${"a".repeat(megabyte)}\u0000`,
      `${",".repeat(megabyte)}`,
    ]) {
      expectQuickAnswer(() => {
        try {
          formatDateLine(place, "2020-01-05");
        } catch (error) {
          expect((error as CalendarError).message.length).toBeLessThan(400);
        }
      });
    }
  });
});
