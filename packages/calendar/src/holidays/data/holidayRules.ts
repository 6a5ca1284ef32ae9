import type { HolidayRule } from "../HolidayRule.ts";

const code2012 = "Bộ luật Lao động 2012 (Luật số 10/2012/QH13), Điều 115.1";
const code2019 = "Bộ luật Lao động 2019 (Luật số 45/2019/QH14), Điều 112.1";
const from2012 = "2013-05-01";
const to2012 = "2020-12-31";
const from2019 = "2021-01-01";

/**
 * The paid public holidays of the Labour Code, effective-dated, from `reference/calendar.md` («Public holidays»):
 * the 2012 Code (in force 01/05/2013, replaced on 01/01/2021: 10 days) and the 2019 Code (from 01/01/2021: 11 days,
 * Quốc khánh takes a second day). Giỗ Tổ has been a paid holiday since 2007 and Tết five days since the 2012 Code;
 * years before 2014 (the 1994 Code) are not modelled. Ngày Văn hóa Việt Nam (24/11) is reported by secondary
 * sources only and kept as an unconfirmed rule, without nghỉ bù.
 *
 * @example
 * ```ts
 * holidayRules.filter((rule) => rule.from === "2021-01-01").length; // 7 rules of the 2019 Code (two for Quốc khánh)
 * ```
 */
export const holidayRules = [
  {
    id: "blld-2012.115.1.a",
    name: "holiday.newYear",
    on: { kind: "fixed", month: 1, day: 1 },
    from: from2012,
    to: to2012,
    compensated: true,
    confirmed: true,
    source: `${code2012}.a`,
  },
  {
    id: "blld-2012.115.1.b",
    name: "holiday.tet",
    on: { kind: "tet", days: 5 },
    from: from2012,
    to: to2012,
    compensated: false,
    confirmed: true,
    source: `${code2012}.b; placed each year by the Prime Minister`,
  },
  {
    id: "blld-2012.115.1.c",
    name: "holiday.victoryDay",
    on: { kind: "fixed", month: 4, day: 30 },
    from: from2012,
    to: to2012,
    compensated: true,
    confirmed: true,
    source: `${code2012}.c`,
  },
  {
    id: "blld-2012.115.1.d",
    name: "holiday.labourDay",
    on: { kind: "fixed", month: 5, day: 1 },
    from: from2012,
    to: to2012,
    compensated: true,
    confirmed: true,
    source: `${code2012}.d`,
  },
  {
    id: "blld-2012.115.1.dd",
    name: "holiday.nationalDay",
    on: { kind: "fixed", month: 9, day: 2 },
    from: from2012,
    to: to2012,
    compensated: true,
    confirmed: true,
    source: `${code2012}.đ`,
  },
  {
    id: "blld-2012.115.1.e",
    name: "holiday.hungKings",
    on: { kind: "hungKings" },
    from: from2012,
    to: to2012,
    compensated: true,
    confirmed: true,
    source: `${code2012}.e (a paid holiday since 2007)`,
  },
  {
    id: "blld-2019.112.1.a",
    name: "holiday.newYear",
    on: { kind: "fixed", month: 1, day: 1 },
    from: from2019,
    compensated: true,
    confirmed: true,
    source: `${code2019}.a`,
  },
  {
    id: "blld-2019.112.1.b",
    name: "holiday.tet",
    on: { kind: "tet", days: 5 },
    from: from2019,
    compensated: false,
    confirmed: true,
    source: `${code2019}.b; placed each year by the Prime Minister (Điều 112.3)`,
  },
  {
    id: "blld-2019.112.1.c",
    name: "holiday.victoryDay",
    on: { kind: "fixed", month: 4, day: 30 },
    from: from2019,
    compensated: true,
    confirmed: true,
    source: `${code2019}.c`,
  },
  {
    id: "blld-2019.112.1.d",
    name: "holiday.labourDay",
    on: { kind: "fixed", month: 5, day: 1 },
    from: from2019,
    compensated: true,
    confirmed: true,
    source: `${code2019}.d`,
  },
  {
    id: "blld-2019.112.1.dd",
    name: "holiday.nationalDay",
    on: { kind: "fixed", month: 9, day: 2 },
    from: from2019,
    compensated: true,
    confirmed: true,
    source: `${code2019}.đ`,
  },
  {
    id: "blld-2019.112.1.dd.adjacent",
    name: "holiday.nationalDay",
    on: { kind: "nationalDayAdjacent" },
    from: from2019,
    compensated: true,
    confirmed: true,
    source: `${code2019}.đ (1/9 or 3/9, chosen each year by the Prime Minister, Điều 112.3)`,
  },
  {
    id: "blld-2019.112.1.e",
    name: "holiday.hungKings",
    on: { kind: "hungKings" },
    from: from2019,
    compensated: true,
    confirmed: true,
    source: `${code2019}.e`,
  },
  {
    id: "nq-28-2026-qh16.2",
    name: "holiday.cultureDay",
    on: { kind: "fixed", month: 11, day: 24 },
    from: "2026-01-01",
    compensated: false,
    confirmed: false,
    source:
      "Nghị quyết 28/2026/QH16, Điều 2 (Ngày Văn hóa Việt Nam), as reported by secondary sources: UNCONFIRMED, no nghỉ bù",
  },
] as const satisfies readonly HolidayRule[];
