import type { SourceDocument } from "../SourceDocument.ts";
import type { HolidayName } from "./holidayNames.ts";

/**
 * Where a statutory holiday falls in a year: a fixed solar date; the 10th day of the 3rd lunar month (Giỗ Tổ); the
 * lunar new year break of `days` working days (4 under the 1994 Code, 5 since; placed by each year's decision, or
 * by the SDK's default placement when there is none); or the day next to
 * 2 September (1/9 or 3/9, chosen each year by the Prime Minister).
 *
 * @example
 * ```ts
 * const tet1994: HolidayRuleDate = { kind: "tet", days: 4 }; // Bộ luật Lao động 1994, Điều 73
 * const victoryDay: HolidayRuleDate = { kind: "fixed", month: 4, day: 30 };
 * ```
 */
export type HolidayRuleDate =
  | { readonly kind: "fixed"; readonly month: number; readonly day: number }
  | { readonly kind: "hungKings" }
  | { readonly kind: "tet"; readonly days: number }
  | { readonly kind: "nationalDayAdjacent" };

/**
 * One holiday of a law, in force from `from` to `to` (both civil dates, inclusive; `to` left out while in force).
 * A year's holiday counts under the rule when its date falls in that span. `compensated` says whether a nghỉ bù
 * follows when the day falls on a weekly rest day; `confirmed: false` marks a rule known only from secondary
 * sources, which a calendar leaves out with `includeUnconfirmed: false`; `optIn: true` a rule no calendar applies
 * unless `enable` names it.
 *
 * @example
 * ```ts
 * const victoryDay: HolidayRule = {
 *   id: "blld-2019.112.1.c",
 *   name: "holiday.victoryDay",
 *   on: { kind: "fixed", month: 4, day: 30 },
 *   from: "2021-01-01",
 *   compensated: true,
 *   confirmed: true,
 *   source: "Bộ luật Lao động 2019 (45/2019/QH14), Điều 112.1.c",
 *   sources: [{ document: "Bộ luật Lao động 2019 (Luật số 45/2019/QH14), Điều 112", issuer: "Quốc hội", date: "2019-11-20" }],
 * };
 * ```
 */
export type HolidayRule = {
  readonly id: string;
  readonly name: HolidayName;
  readonly on: HolidayRuleDate;
  readonly from: string;
  readonly to?: string | undefined;
  readonly compensated: boolean;
  readonly confirmed: boolean;
  /** The law and article, in one short line, e.g. «Bộ luật Lao động 2019 (Luật số 45/2019/QH14), Điều 112.1.c». */
  readonly source: string;
  /**
   * The enacted texts the rule rests on (number, issuer, date, address), or the announcements of a rule not enacted,
   * for a rule of your own. The SDK's own rules leave it out: their documents are in `holidayRuleSources` of
   * `@xhht/calendar/sources`.
   */
  readonly sources?: readonly SourceDocument[] | undefined;
  /** `true` for a day announced but not enacted: off only when `createHolidayCalendar({ enable: [id] })` names it. */
  readonly optIn?: boolean | undefined;
  /** The enacted text (law, article, number, date) once one is found; until then the rule stays `optIn`. */
  readonly citation?: string | undefined;
};
