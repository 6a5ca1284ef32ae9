import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectQuickAnswer, megabyte } from "../../../test/support/expectQuickAnswer.ts";
import { addDays } from "./addDays.ts";
import { CalendarError } from "./CalendarError.ts";
import { formatWeekday, type WeekdayLocale } from "./formatWeekday.ts";
import { fromDayNumber } from "./fromDayNumber.ts";
import type { Language } from "./Language.ts";

const monday = "2020-09-28";

describe("formatWeekday", () => {
  it("names the days in Vietnamese as Decree 30 capitalises them, by default", () => {
    const names = Array.from({ length: 7 }, (_, index) => formatWeekday(addDays(monday, index)));
    expect(names).toEqual(["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]);
  });

  it("names the days in English", () => {
    const names = Array.from({ length: 7 }, (_, index) => formatWeekday(addDays(monday, index), "en"));
    expect(names).toEqual(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]);
  });

  it("takes the SDK's Language, and the deprecated WeekdayLocale alike", () => {
    const lang: Language = "en";
    const locale: WeekdayLocale = lang;
    expect(formatWeekday("2020-10-01", lang)).toBe("Thursday");
    expect(formatWeekday("2020-10-01", locale)).toBe("Thursday");
  });

  it("names the opening days of the Week", () => {
    expect(formatWeekday("2020-10-01")).toBe("thứ Năm");
    expect(formatWeekday("2023-10-02")).toBe("thứ Hai");
    expect(formatWeekday("2023-10-01", "vi")).toBe("Chủ nhật");
  });

  it("throws calendar.invalid-locale for a language it does not have", () => {
    expect(() => formatWeekday("2020-10-01", "fr" as WeekdayLocale)).toThrow(
      expect.objectContaining({ code: "calendar.invalid-locale", message: expect.stringMatching(/"vi" or "en"/) }),
    );
    expect(() => formatWeekday("2020-10-01", "toString" as WeekdayLocale)).toThrow(
      expect.objectContaining({ code: "calendar.invalid-locale" }),
    );
  });

  it("throws calendar.invalid-date for a date that does not exist", () => {
    expect(() => formatWeekday("2020-02-30")).toThrow(expect.objectContaining({ code: "calendar.invalid-date" }));
  });

  it("gives the same name every seven days", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -719_162, max: 2_932_889 }).map(fromDayNumber),
        fc.constantFrom("vi", "en"),
        (date, locale) => {
          expect(formatWeekday(addDays(date, 7), locale)).toBe(formatWeekday(date, locale));
        },
      ),
    );
  });
});

describe("formatWeekday on hostile locales", () => {
  it("refuses a locale that is not a known string with calendar.invalid-locale, at once", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const locale of ["fr", "toString", "__proto__", 10n, Symbol("x"), proxy, "v".repeat(megabyte)]) {
      expectQuickAnswer(() =>
        expect(() => formatWeekday("2020-10-01", locale as never)).toThrow(
          expect.objectContaining({ code: "calendar.invalid-locale" }),
        ),
      );
    }
    expect(CalendarError).toBeDefined();
  });
});
