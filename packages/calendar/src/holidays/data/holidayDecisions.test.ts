import { describe, expect, it } from "vitest";
import { addDays } from "../../addDays.ts";
import { dayOfWeek } from "../../dayOfWeek.ts";
import { isIsoDate } from "../../isIsoDate.ts";
import { holidayDecisionSources } from "../../sources/index.ts";
import { expectCheckableSources, expectNamedSource } from "../../testing/expectCheckableSources.ts";
import { isWorkingDay } from "../isWorkingDay.ts";
import { makeUpWorkingDays } from "../makeUpWorkingDays.ts";
import { publicHolidays } from "../publicHolidays.ts";
import { holidayDecisions } from "./holidayDecisions.ts";

const yearOf = (date: string) => Number(date.slice(0, 4));

const datesOf = (decision: (typeof holidayDecisions)[number]): string[] => [
  ...("tet" in decision ? [decision.tet.from, decision.tet.to] : []),
  ...("hungKingsDay" in decision ? [decision.hungKingsDay] : []),
  ...("nationalDayAdjacent" in decision ? [decision.nationalDayAdjacent] : []),
];

describe("holidayDecisions", () => {
  it("holds one decision a year, 2007 to 2026, in order", () => {
    expect(holidayDecisions.map((decision) => decision.year)).toEqual(
      Array.from({ length: 20 }, (_, index) => 2007 + index),
    );
  });

  it("gives every decision a source in NFC, without internal notes, and dates of its own year", () => {
    for (const decision of holidayDecisions) {
      expect(decision.source.length).toBeGreaterThan(0);
      expect(decision.source).toBe(decision.source.normalize("NFC"));
      expectNamedSource(decision.source, String(decision.year));
      for (const date of datesOf(decision)) {
        expect(isIsoDate(date)).toBe(true);
        expect(yearOf(date), date).toBe(decision.year);
      }
    }
  });

  it("cites every decision in @xhht/calendar/sources: document, issuer, YYYY-MM-DD date, https address", () => {
    for (const decision of holidayDecisions) {
      expectCheckableSources(holidayDecisionSources[decision.year], String(decision.year));
    }
    const years = holidayDecisions.map((decision) => String(decision.year));
    for (const year of Object.keys(holidayDecisionSources)) expect(years, `sources for ${year}`).toContain(year);
  });

  it("names in each decision's short source every notice and letter its citations give", () => {
    for (const decision of holidayDecisions) {
      for (const { document } of holidayDecisionSources[decision.year] ?? []) {
        const number = /^(Thông báo|Công văn) \S+/.exec(document)?.[0];
        if (number !== undefined) expect(decision.source, String(decision.year)).toContain(number);
      }
    }
  });

  it("fails the source check on a missing issuer, a date not YYYY-MM-DD, an http address or no source", () => {
    const wrong = [
      [],
      [{ document: "Thông báo 4606/TB-BLĐTBXH", issuer: " " }],
      [{ document: "Thông báo 4606/TB-BLĐTBXH", issuer: "Bộ", date: "07/12/2012" }],
      [{ document: "Thông báo 4606/TB-BLĐTBXH", issuer: "Bộ", url: "http://vanbanphapluat.co/" }],
      [{ document: "seed notes", issuer: "Bộ" }],
    ];
    for (const sources of wrong) expect(() => expectCheckableSources(sources, "example")).toThrow();
  });

  it("names each notice by its published symbol: TB-LĐTBXH, or TB-BLĐTBXH where the notice prints it", () => {
    const symbols = holidayDecisions.flatMap((decision) =>
      (holidayDecisionSources[decision.year] ?? []).flatMap(
        (source) => source.document.match(/^Thông báo \d+\/TB-[A-ZĐ]+/) ?? [],
      ),
    );
    expect(symbols.filter((symbol) => symbol.includes("TB-BLĐTBXH"))).toEqual([
      "Thông báo 4606/TB-BLĐTBXH",
      "Thông báo 5083/TB-BLĐTBXH",
      "Thông báo 1570/TB-BLĐTBXH",
      "Thông báo 6150/TB-BLĐTBXH",
    ]);
    expect(symbols.every((symbol) => /\/TB-(LĐTBXH|BLĐTBXH|VPCP|BNV)$/.test(symbol))).toBe(true);
  });

  it("swaps a weekday off for a Saturday or Sunday worked, within the year or across 1 January", () => {
    for (const decision of holidayDecisions) {
      for (const swap of "swaps" in decision ? decision.swaps : []) {
        expect([0, 6]).toContain(dayOfWeek(swap.worked));
        expect([1, 2, 3, 4, 5]).toContain(dayOfWeek(swap.off));
        expect([yearOf(swap.off), yearOf(swap.worked)]).toContain(decision.year);
        expect(Math.abs(yearOf(swap.off) - yearOf(swap.worked))).toBeLessThanOrEqual(1);
      }
    }
  });

  it("gives a day next to 2 September from 2021 only (Labour Code 2019); before, a swap joins it", () => {
    for (const decision of holidayDecisions) expect("nationalDayAdjacent" in decision).toBe(decision.year >= 2021);
  });

  it("leaves the break of 2007-2009 out: no notice found, the Code's days and the default break", () => {
    expect(holidayDecisions.filter((decision) => !("tet" in decision)).map((decision) => decision.year)).toEqual([
      2007, 2008, 2009,
    ]);
  });
});

/**
 * What each year's notice announced for the civil service, as the source cited in the year's entry words it:
 * `off`, the weekdays given off beyond the Code's days; `worked`, the Saturdays (or Sunday) worked instead; `tet`,
 * the whole Tết break. Every date must come out of `publicHolidays`, `isWorkingDay` and `makeUpWorkingDays` so.
 */
const announced: readonly {
  readonly year: number;
  readonly off: readonly string[];
  readonly worked: readonly string[];
  readonly tet: readonly [string, string];
}[] = [
  // Báo Hànộimới, 06/02/2010: «nghỉ thứ sáu, ngày 19-2 (tức mùng 6 Tết) và đi làm thay vào thứ bảy (ngày 27-2) …
  // từ ngày 13-2 (tức 30 tháng Chạp) đến hết ngày 21-2»; giaoduc.edu.vn (VGP), 27/08/2010, after Công văn
  // 5971/VPCP-KGVX: «được nghỉ làm việc ngày thứ sáu (3-9) và làm việc bù vào thứ bảy (11-9)».
  {
    year: 2010,
    off: ["2010-02-19", "2010-09-03"],
    worked: ["2010-02-27", "2010-09-11"],
    tet: ["2010-02-13", "2010-02-21"],
  },
  // Báo Lạng Sơn: «nghỉ vào thứ hai, ngày 31-1 (tức 28 Tết) và thứ ba, ngày 1-2 (tức 29 Tết), đi làm thay vào thứ bảy,
  // ngày 29-1 và chủ nhật, ngày 30-1 … Giỗ Tổ Hùng Vương năm 2011 … nghỉ thứ hai, ngày 11-4 … đi làm thay vào thứ
  // bảy, ngày 9-4».
  {
    year: 2011,
    off: ["2011-01-31", "2011-02-01", "2011-04-11"],
    worked: ["2011-01-29", "2011-01-30", "2011-04-09"],
    tet: ["2011-01-31", "2011-02-07"],
  },
  // Báo Bình Định (theo chinhphu.vn): «nghỉ vào thứ Sáu, ngày 27.1.2012 … và đi làm bù vào thứ Bảy, ngày 4.2.2012 …
  // nghỉ liên tục 9 ngày, từ ngày 21.1.2012 (thứ Bảy) đến hết ngày 29.1.2012 (Chủ nhật)».
  { year: 2012, off: ["2012-01-27", "2012-12-31"], worked: ["2012-02-04"], tet: ["2012-01-21", "2012-01-29"] },
  // Thông báo 4606/TB-BLĐTBXH (07/12/2012): 31/12/2012 off for Saturday 05/01/2013; «nghỉ thứ Sáu ngày 15/2/2013 …
  // đi làm bù vào thứ Bảy, ngày 23/2/2013», the break 09/02-17/02/2013; 29/04/2013 off for Saturday 04/05/2013.
  {
    year: 2013,
    off: ["2013-02-15", "2013-04-29"],
    worked: ["2013-01-05", "2013-02-23", "2013-05-04"],
    tet: ["2013-02-09", "2013-02-17"],
  },
  // Thông báo 5083/TB-BLĐTBXH (23/12/2013): «đi làm bù vào Thứ Bảy, ngày 25 tháng 01 năm 2014 và Thứ Bảy, ngày 08
  // tháng 02 năm 2014 để nghỉ hoán đổi Thứ Ba, ngày 28 tháng 01 năm 2014 và Thứ Tư, ngày 29 tháng 01 năm 2014»; Báo
  // Đắk Lắk (14/01/2014): «đi làm bù vào Thứ Bảy, ngày 26-4-2014 để hoán đổi ngày Thứ Sáu 2-5-2014 … Thứ Bảy, ngày
  // 6-9-2014 để hoán đổi ngày Thứ Hai 1-9-2014»; 27/12/2014 is the 2015 notice's.
  {
    year: 2014,
    off: ["2014-01-28", "2014-01-29", "2014-05-02", "2014-09-01"],
    worked: ["2014-01-25", "2014-02-08", "2014-04-26", "2014-09-06", "2014-12-27"],
    tet: ["2014-01-28", "2014-02-05"],
  },
  // Thanh Niên News, on the Prime Minister's approval of Tờ trình 89/TTr-LĐTBXH: «work on Saturday (February 14) to
  // make up the extra day off (Monday, February 16)»; «a day off on Friday, January 2, 2015 … work on Saturday,
  // December 27, 2014»; «six days off -- from April 28 to May 3. They will work on Saturday, April 25».
  {
    year: 2015,
    off: ["2015-01-02", "2015-02-16", "2015-04-29"],
    worked: ["2015-02-14", "2015-04-25"],
    tet: ["2015-02-15", "2015-02-23"],
  },
  // Thông báo 4659/TB-LĐTBXH (13/11/2015), Báo Ngày Nay: «bắt đầu từ ngày 6/2/2016 đến hết ngày 14/2/2016».
  { year: 2016, off: [], worked: [], tet: ["2016-02-06", "2016-02-14"] },
  // Công văn 9794/VPCP-KGVX (14/11/2016): «nghỉ 07 ngày liên tục từ Thứ 5 ngày 26/01/2017 đến hết Thứ 4 ngày 01/02/2017».
  { year: 2017, off: [], worked: [], tet: ["2017-01-26", "2017-02-01"] },
  // Thông báo 5427/TB-LĐTBXH (22/12/2017), after Thông báo 573/TB-VPCP: Tết «from Wednesday (February 14, 2018 …)
  // until the end of Tuesday (February 20, 2018 …)»; 31/12/2018 off is the 2019 notice's.
  { year: 2018, off: ["2018-12-31"], worked: [], tet: ["2018-02-14", "2018-02-20"] },
  // Thông báo 3238/TB-LĐTBXH (Báo Nghệ An, 11/09/2018): «off from Monday, December 31, 2018 to Tuesday, January 1,
  // 2019, and will work … on Saturday, January 5, 2019»; Tết «from Saturday February 2, 2019 to Sunday February 10,
  // 2019»; «off from Monday, April 29, 2019 to Wednesday, May 1, 2019, and will work … on Saturday, May 4, 2019».
  { year: 2019, off: ["2019-04-29"], worked: ["2019-01-05", "2019-05-04"], tet: ["2019-02-02", "2019-02-10"] },
];

describe("the announced days of 2007-2019", () => {
  it.each(announced)("gives $year's days off, days worked and Tết break as the notice announced", (year) => {
    for (const date of year.off) {
      expect(isWorkingDay(date), date).toBe(false);
      expect(publicHolidays(yearOf(date)).find((day) => day.date === date)).toMatchObject({ kind: "decreed" });
    }
    for (const date of year.worked) expect(isWorkingDay(date), date).toBe(true);
    expect(makeUpWorkingDays(year.year).map((day) => day.date)).toEqual(year.worked);
    const [from, to] = year.tet;
    expect(isWorkingDay(addDays(from, -1)), `the day before ${from}`).toBe(true);
    expect(isWorkingDay(addDays(to, 1)), `the day after ${to}`).toBe(true);
    const holidays = new Map(publicHolidays(year.year).map((day) => [day.date as string, day]));
    for (let date: string = from; date <= to; date = addDays(date, 1)) {
      expect(holidays.get(date), date).toMatchObject({ name: "holiday.tet", provisional: false });
    }
  });

  it("keeps 2007-2009 to the Code: no swap (the first came in 2010), the default break marked provisional", () => {
    // Tờ trình 89/TTr-LĐTBXH (20/11/2014): «Từ năm 2010 đến nay, Thủ tướng Chính phủ đã đồng ý về việc hoán đổi ngày
    // nghỉ hằng tuần vào một số dịp nghỉ lễ, tết khi có tình huống nghỉ ngắt quãng».
    for (const year of [2007, 2008, 2009]) expect(makeUpWorkingDays(year)).toEqual([]);
    // Tết 2009 is Monday 26/01: 30 Tết (Sunday 25/01) made up on Thursday 29/01; Friday 30/01 is worked
    const tet2009 = publicHolidays(2009).filter((day) => day.name === "holiday.tet");
    expect(tet2009.map((day) => day.date)).toEqual([
      "2009-01-24",
      "2009-01-25",
      "2009-01-26",
      "2009-01-27",
      "2009-01-28",
      "2009-01-29",
    ]);
    expect(tet2009.every((day) => day.provisional && /No notice/.test(day.source))).toBe(true);
    expect(isWorkingDay("2009-01-30")).toBe(true);
  });

  it("gives Quốc khánh one day before 2021 and joins it by a swap in 2010 and 2014 only", () => {
    for (let year = 2007; year <= 2020; year += 1) {
      const nationalDay = publicHolidays(year).filter((day) => day.name === "holiday.nationalDay");
      const swapped = nationalDay.filter((day) => day.kind === "decreed").map((day) => day.date);
      expect(swapped, String(year)).toEqual(year === 2010 ? ["2010-09-03"] : year === 2014 ? ["2014-09-01"] : []);
      expect(nationalDay.filter((day) => day.kind === "statutory").map((day) => day.date)).toEqual([`${year}-09-02`]);
    }
  });
});
