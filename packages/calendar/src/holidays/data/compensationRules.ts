/**
 * The nghỉ bù rule of the Labour Code, effective-dated like {@link holidayRules}: a holiday that falls on a weekly
 * rest day gives the next working day off. For the civil service the weekly rest days are Saturday and Sunday
 * (the 40-hour week of Quyết định 188/1999/QĐ-TTg). From Bộ luật Lao động 2019, Điều 111.3 («nghỉ bù»), and, for 2007 to
 * 30/04/2013, the last sentence of Điều 73 of the 1994 Code as reworded by Luật số 84/2007/QH11.
 *
 * @example
 * ```ts
 * compensationRules.find((rule) => rule.from === "2021-01-01")?.source; // "Bộ luật Lao động 2019 … Điều 111.3"
 * ```
 */
export const compensationRules = [
  {
    from: "2007-01-01",
    to: "2013-04-30",
    source: "Bộ luật Lao động 1994, Điều 73 (Luật số 84/2007/QH11)",
  },
  { from: "2013-05-01", to: "2020-12-31", source: "Bộ luật Lao động 2012 (Luật số 10/2012/QH13), Điều 115.3" },
  { from: "2021-01-01", to: undefined, source: "Bộ luật Lao động 2019 (Luật số 45/2019/QH14), Điều 111.3" },
] as const;
