import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectQuickAnswer, megabyte } from "../../../../test/support/expectQuickAnswer.ts";
import { fromDayNumber } from "../fromDayNumber.ts";
import { toDayNumber } from "../toDayNumber.ts";
import { formatLunarDate, type LunarDateLocale } from "./formatLunarDate.ts";
import { toLunar } from "./toLunar.ts";

describe("formatLunarDate", () => {
  it("writes Giỗ Tổ 2026 «ngày 10 tháng 3 năm Bính Ngọ»", () => {
    expect(formatLunarDate("2026-04-26")).toBe("ngày 10 tháng 3 năm Bính Ngọ");
    expect(formatLunarDate({ year: 2026, month: 3, day: 10, leap: false })).toBe("ngày 10 tháng 3 năm Bính Ngọ");
  });

  it("writes English with the can chi name kept", () => {
    expect(formatLunarDate("2026-04-26", { lang: "en" })).toBe("day 10 of month 3, year Bính Ngọ");
    expect(formatLunarDate("2020-01-25", { lang: "en" })).toBe("day 1 of month 1, year Canh Tý");
  });

  it("still takes the deprecated locale option, lang winning when both are given", () => {
    expect(formatLunarDate("2026-04-26", { locale: "en" })).toBe("day 10 of month 3, year Bính Ngọ");
    expect(formatLunarDate("2026-04-26", { lang: "vi", locale: "en" })).toBe("ngày 10 tháng 3 năm Bính Ngọ");
    expect(formatLunarDate("2026-04-26", { lang: "en", locale: "vi" })).toBe("day 10 of month 3, year Bính Ngọ");
    expect(formatLunarDate("2026-04-26", { lang: undefined, locale: "en" })).toBe("day 10 of month 3, year Bính Ngọ");
    expect(() => formatLunarDate("2026-04-26", { locale: null as never })).toThrow(
      expect.objectContaining({ code: "calendar.invalid-locale" }),
    );
  });

  it('writes the leap month «tháng 2 nhuận», "leap month 2" in English', () => {
    expect(formatLunarDate("1985-03-22")).toBe("ngày 2 tháng 2 nhuận năm Ất Sửu");
    expect(formatLunarDate({ year: 1985, month: 2, day: 30, leap: true }, { lang: "en" })).toBe(
      "day 30 of leap month 2, year Ất Sửu",
    );
    expect(formatLunarDate("2020-05-23")).toBe("ngày 1 tháng 4 nhuận năm Canh Tý");
  });

  it("names a day before Tết by the old lunar year", () => {
    expect(formatLunarDate("2020-01-24")).toBe("ngày 30 tháng 12 năm Kỷ Hợi");
    expect(formatLunarDate("2026-02-16")).toBe("ngày 29 tháng 12 năm Ất Tỵ");
  });

  it("reckons at UTC+8 when asked: 1985-01-21 is Tết at UTC+7, not at UTC+8", () => {
    expect(formatLunarDate("1985-01-21")).toBe("ngày 1 tháng 1 năm Ất Sửu");
    expect(formatLunarDate("1985-01-21", { offsetHours: 8 })).toBe("ngày 1 tháng 12 năm Giáp Tý");
  });

  it("throws for a lunar date that does not exist, a date out of range and an unknown language", () => {
    expect(() => formatLunarDate({ year: 2024, month: 2, day: 1, leap: true })).toThrow(
      expect.objectContaining({ code: "calendar.invalid-lunar-date" }),
    );
    expect(() => formatLunarDate("1899-12-31")).toThrow(
      expect.objectContaining({ code: "calendar.lunar-out-of-range" }),
    );
    expect(() => formatLunarDate("2026-04-26", { locale: "fr" as LunarDateLocale })).toThrow(
      expect.objectContaining({ code: "calendar.invalid-locale" }),
    );
    expect(() => formatLunarDate("2026-04-26", { lang: "fr" as never })).toThrow(
      expect.objectContaining({ code: "calendar.invalid-locale", message: expect.stringMatching(/"vi" or "en"/) }),
    );
  });

  it("writes every date of 1900-2100 with the numbers of its lunar date", () => {
    const date = fc.integer({ min: toDayNumber("1900-01-31"), max: toDayNumber("2100-12-31") }).map(fromDayNumber);
    fc.assert(
      fc.property(date, (iso) => {
        const { day, month, leap } = toLunar(iso);
        const text = formatLunarDate(iso);
        expect(text).toMatch(new RegExp(`^ngày ${day} tháng ${month}${leap ? " nhuận" : ""} năm \\S+ \\S+$`, "u"));
        expect(text).toBe(text.normalize("NFC"));
      }),
    );
  });
});

describe("formatLunarDate and the lunar options on hostile values", () => {
  it("refuses wrong options and lunar dates with a CalendarError, at once even for a megabyte of text", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const [date, options, code] of [
      ["2020-10-01", { locale: "v".repeat(megabyte) }, "calendar.invalid-locale"],
      ["2020-10-01", { offsetHours: 7n }, "calendar.invalid-lunar-options"],
      ["2020-10-01", { offsetHours: "7".repeat(megabyte) }, "calendar.invalid-lunar-options"],
      ["2020-10-01", proxy, "calendar.invalid-lunar-options"],
      ["2020-10-01", 7, "calendar.invalid-lunar-options"],
      [{ year: 2020n, month: 1, day: 1, leap: false }, {}, "calendar.lunar-out-of-range"],
      [{ year: 2020, month: 13, day: 1, leap: false }, {}, "calendar.invalid-lunar-date"],
      [proxy, {}, "calendar.invalid-lunar-date"],
      ["2".repeat(megabyte), {}, "calendar.invalid-date"],
    ] as [never, never, string][]) {
      expectQuickAnswer(() => expect(() => formatLunarDate(date, options)).toThrow(expect.objectContaining({ code })));
    }
  });
});
