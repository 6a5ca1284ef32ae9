import type { HolidayRule } from "../HolidayRule.ts";

// Bộ luật Lao động 1994 (23/06/1994, amended 02/04/2002 and 29/11/2006), Điều 73 as reworded by Luật số
// 84/2007/QH11 (passed 02/04/2007; Điều 2: «Luật này có hiệu lực từ ngày công bố»). The law's text as reproduced at
// https://mplaw.vn/luat-sua-doi-bo-sung-dieu-73-cua-bo-luat-lao-dong-so-84-2007-qh11-cua-quoc-hoi/ and
// http://www.antlawyers.vn/library/luat-sua-doi-bo-sung-dieu-73-cua-bo-luat-lao-dong-so-842007qh11-cua-quoc-hoi.html
// (not the official gazette): 1/1 one day; Tết «bốn ngày (một ngày cuối năm và ba ngày đầu năm âm lịch)»; Giỗ Tổ one
// day (10/3 lunar); 30/4, 1/5 and 2/9 one day each; «Nếu những ngày nghỉ nói trên trùng vào ngày nghỉ hàng tuần thì
// người lao động được nghỉ bù vào ngày tiếp theo». UNCONFIRMED: the day the law was published (its rules here run
// from the day it was passed, 02/04/2007; Giỗ Tổ 2007 is 26/04), and the article's wording before it, which governed
// 01/01/2007 and Tết 2007 (those two rules are `confirmed: false`).
const code1994 = "Bộ luật Lao động 1994, Điều 73 (Luật số 84/2007/QH11)";
const before2007 = "Bộ luật Lao động 1994, Điều 73 before Luật số 84/2007/QH11: UNCONFIRMED (text not found)";
const from1994 = "2007-01-01";
const from2007 = "2007-04-02";
const to1994 = "2013-04-30";
const from2012 = "2013-05-01";
const to2012 = "2020-12-31";
const from2019 = "2021-01-01";

/**
 * The paid public holidays of the Labour Code, effective-dated, from the Codes' own texts:
 * the 1994 Code, Điều 73, as amended by Luật số 84/2007/QH11 (9 days: Tết four, «one day at the end of the old year
 * and three at the start of the new», and Giỗ Tổ added), from 2007 until 30/04/2013; the 2012 Code (in force
 * 01/05/2013, replaced on 01/01/2021: 10 days, Tết five) and the 2019 Code (from 01/01/2021: 11 days, Quốc khánh
 * takes a second day). Tết 2013 (10/02/2013) falls under the 1994 Code. What could not be confirmed from a law's text
 * says UNCONFIRMED in its `source`: 01/01/2007 and Tết 2007, under the 1994 wording before the 2007 amendment
 * (`confirmed: false`), and Ngày Văn hóa Việt Nam (24/11), chosen in principle but not enacted (`optIn: true`: off
 * unless `createHolidayCalendar({ enable: ["culture-day-24-11"] })`, or its deprecated former id
 * `"nq-28-2026-qh16.2"`, without nghỉ bù; `citation` waits for the enacted text). Replace any of them with
 * `createHolidayCalendar({ rules })`.
 *
 * @example
 * ```ts
 * holidayRules.filter((rule) => rule.from === "2021-01-01").length; // 7 rules of the 2019 Code (two for Quốc khánh)
 * holidayRules.find((rule) => rule.id === "blld-1994.73.tet")?.on; // { kind: "tet", days: 4 }
 * ```
 */
export const holidayRules = [
  {
    id: "blld-1994.73.newYear.before-2007",
    name: "holiday.newYear",
    on: { kind: "fixed", month: 1, day: 1 },
    from: from1994,
    to: "2007-04-01",
    compensated: true,
    confirmed: false,
    source: before2007,
  },
  {
    id: "blld-1994.73.tet.before-2007",
    name: "holiday.tet",
    on: { kind: "tet", days: 4 },
    from: from1994,
    to: "2007-04-01",
    compensated: false,
    confirmed: false,
    source: before2007,
  },
  {
    id: "blld-1994.73.newYear",
    name: "holiday.newYear",
    on: { kind: "fixed", month: 1, day: 1 },
    from: from2007,
    to: to1994,
    compensated: true,
    confirmed: true,
    source: code1994,
  },
  {
    id: "blld-1994.73.tet",
    name: "holiday.tet",
    on: { kind: "tet", days: 4 },
    from: from2007,
    to: to1994,
    compensated: false,
    confirmed: true,
    source: code1994,
  },
  {
    id: "blld-1994.73.victoryDay",
    name: "holiday.victoryDay",
    on: { kind: "fixed", month: 4, day: 30 },
    from: from2007,
    to: to1994,
    compensated: true,
    confirmed: true,
    source: code1994,
  },
  {
    id: "blld-1994.73.labourDay",
    name: "holiday.labourDay",
    on: { kind: "fixed", month: 5, day: 1 },
    from: from2007,
    to: to1994,
    compensated: true,
    confirmed: true,
    source: code1994,
  },
  {
    id: "blld-1994.73.nationalDay",
    name: "holiday.nationalDay",
    on: { kind: "fixed", month: 9, day: 2 },
    from: from2007,
    to: to1994,
    compensated: true,
    confirmed: true,
    source: code1994,
  },
  {
    id: "blld-1994.73.hungKings",
    name: "holiday.hungKings",
    on: { kind: "hungKings" },
    from: from2007,
    to: to1994,
    compensated: true,
    confirmed: true,
    source: "Bộ luật Lao động 1994, Điều 73 (Luật số 84/2007/QH11): publication date UNCONFIRMED",
  },
  {
    id: "blld-2012.115.1.a",
    name: "holiday.newYear",
    on: { kind: "fixed", month: 1, day: 1 },
    from: from2012,
    to: to2012,
    compensated: true,
    confirmed: true,
    source: "Bộ luật Lao động 2012 (Luật số 10/2012/QH13), Điều 115.1.a",
  },
  {
    id: "blld-2012.115.1.b",
    name: "holiday.tet",
    on: { kind: "tet", days: 5 },
    from: from2012,
    to: to2012,
    compensated: false,
    confirmed: true,
    source: "Bộ luật Lao động 2012 (Luật số 10/2012/QH13), Điều 115.1.b",
  },
  {
    id: "blld-2012.115.1.c",
    name: "holiday.victoryDay",
    on: { kind: "fixed", month: 4, day: 30 },
    from: from2012,
    to: to2012,
    compensated: true,
    confirmed: true,
    source: "Bộ luật Lao động 2012 (Luật số 10/2012/QH13), Điều 115.1.c",
  },
  {
    id: "blld-2012.115.1.d",
    name: "holiday.labourDay",
    on: { kind: "fixed", month: 5, day: 1 },
    from: from2012,
    to: to2012,
    compensated: true,
    confirmed: true,
    source: "Bộ luật Lao động 2012 (Luật số 10/2012/QH13), Điều 115.1.d",
  },
  {
    id: "blld-2012.115.1.dd",
    name: "holiday.nationalDay",
    on: { kind: "fixed", month: 9, day: 2 },
    from: from2012,
    to: to2012,
    compensated: true,
    confirmed: true,
    source: "Bộ luật Lao động 2012 (Luật số 10/2012/QH13), Điều 115.1.đ",
  },
  {
    id: "blld-2012.115.1.e",
    name: "holiday.hungKings",
    on: { kind: "hungKings" },
    from: from2012,
    to: to2012,
    compensated: true,
    confirmed: true,
    source: "Bộ luật Lao động 2012 (Luật số 10/2012/QH13), Điều 115.1.e",
  },
  {
    id: "blld-2019.112.1.a",
    name: "holiday.newYear",
    on: { kind: "fixed", month: 1, day: 1 },
    from: from2019,
    compensated: true,
    confirmed: true,
    source: "Bộ luật Lao động 2019 (Luật số 45/2019/QH14), Điều 112.1.a",
  },
  {
    id: "blld-2019.112.1.b",
    name: "holiday.tet",
    on: { kind: "tet", days: 5 },
    from: from2019,
    compensated: false,
    confirmed: true,
    source: "Bộ luật Lao động 2019 (Luật số 45/2019/QH14), Điều 112.1.b, 112.3",
  },
  {
    id: "blld-2019.112.1.c",
    name: "holiday.victoryDay",
    on: { kind: "fixed", month: 4, day: 30 },
    from: from2019,
    compensated: true,
    confirmed: true,
    source: "Bộ luật Lao động 2019 (Luật số 45/2019/QH14), Điều 112.1.c",
  },
  {
    id: "blld-2019.112.1.d",
    name: "holiday.labourDay",
    on: { kind: "fixed", month: 5, day: 1 },
    from: from2019,
    compensated: true,
    confirmed: true,
    source: "Bộ luật Lao động 2019 (Luật số 45/2019/QH14), Điều 112.1.d",
  },
  {
    id: "blld-2019.112.1.dd",
    name: "holiday.nationalDay",
    on: { kind: "fixed", month: 9, day: 2 },
    from: from2019,
    compensated: true,
    confirmed: true,
    source: "Bộ luật Lao động 2019 (Luật số 45/2019/QH14), Điều 112.1.đ",
  },
  {
    id: "blld-2019.112.1.dd.adjacent",
    name: "holiday.nationalDay",
    on: { kind: "nationalDayAdjacent" },
    from: from2019,
    compensated: true,
    confirmed: true,
    source: "Bộ luật Lao động 2019 (Luật số 45/2019/QH14), Điều 112.1.đ, 112.3",
  },
  {
    id: "blld-2019.112.1.e",
    name: "holiday.hungKings",
    on: { kind: "hungKings" },
    from: from2019,
    compensated: true,
    confirmed: true,
    source: "Bộ luật Lao động 2019 (Luật số 45/2019/QH14), Điều 112.1.e",
  },
  {
    id: "culture-day-24-11",
    name: "holiday.cultureDay",
    on: { kind: "fixed", month: 11, day: 24 },
    from: "2026-01-01",
    compensated: false,
    confirmed: false,
    optIn: true,
    citation: undefined,
    source: "Nghị quyết 80-NQ/TW (07/01/2026); Nghị quyết 30/NQ-CP; not enacted: UNCONFIRMED",
  },
] as const satisfies readonly HolidayRule[];

/**
 * Ids the SDK's rules had before, with the id each has now: `enable` takes either. "nq-28-2026-qh16.2" named
 * «Nghị quyết 28/2026/QH16», which could not be found.
 */
export const renamedHolidayRuleIds: Readonly<Record<string, string>> = { "nq-28-2026-qh16.2": "culture-day-24-11" };
