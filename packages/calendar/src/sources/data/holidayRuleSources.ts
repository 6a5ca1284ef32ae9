import type { SourceDocument } from "../../SourceDocument.ts";

const assembly = "Quốc hội";
// The 1994 Code's Điều 73 as reworded by Luật số 84/2007/QH11 (passed 02/04/2007), as reproduced by mplaw.vn and
// antlawyers.vn (not the official gazette); its wording before 2007 was not found.
const text1994: SourceDocument = {
  document: "Bộ luật Lao động 1994, Điều 73",
  issuer: assembly,
  date: "1994-06-23",
  url: "https://web.archive.org/web/20160630110506/http://vbpl.vn/TW/Pages/vbpqen-toanvan.aspx?ItemID=2835",
};
const law84: SourceDocument = {
  document: "Luật số 84/2007/QH11 sửa đổi, bổ sung Điều 73 của Bộ luật Lao động",
  issuer: assembly,
  date: "2007-04-02",
  url: "https://mplaw.vn/luat-sua-doi-bo-sung-dieu-73-cua-bo-luat-lao-dong-so-84-2007-qh11-cua-quoc-hoi/",
};
const text2012: SourceDocument = {
  document: "Bộ luật Lao động 2012 (Luật số 10/2012/QH13), Điều 115",
  issuer: assembly,
  date: "2012-06-18",
  url: "https://web.archive.org/web/20240917113133/https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=27615",
};
const text2019: SourceDocument = {
  document: "Bộ luật Lao động 2019 (Luật số 45/2019/QH14), Điều 112",
  issuer: assembly,
  date: "2019-11-20",
  url: "https://web.archive.org/web/20250221171552/https://vbpl.vn/TW/Pages/vbpq-van-ban-goc.aspx?ItemID=139264",
};
const sources1994 = [text1994, law84];

/**
 * The texts behind each statutory holiday rule of the SDK (`holidayRules` in `@xhht/calendar`), by rule id: the
 * Labour Codes of 1994 (with Luật số 84/2007/QH11, which reworded its Điều 73), 2012 and 2019, and, for Ngày Văn hóa
 * Việt Nam (24/11), not enacted, the resolutions that announce it. Each with its issuer, its date and, where one
 * exists, an `https` address, so a user can check the rule. The rule's own `source` names the article in one line.
 *
 * @example
 * ```ts
 * import { holidayRuleSources } from "@xhht/calendar/sources";
 *
 * holidayRuleSources["blld-2019.112.1.c"]?.[0]?.document; // "Bộ luật Lao động 2019 (Luật số 45/2019/QH14), Điều 112"
 * ```
 */
export const holidayRuleSources: Readonly<Record<string, readonly SourceDocument[]>> = {
  "blld-1994.73.newYear.before-2007": [text1994],
  "blld-1994.73.tet.before-2007": [text1994],
  "blld-1994.73.newYear": sources1994,
  "blld-1994.73.tet": sources1994,
  "blld-1994.73.victoryDay": sources1994,
  "blld-1994.73.labourDay": sources1994,
  "blld-1994.73.nationalDay": sources1994,
  "blld-1994.73.hungKings": sources1994,
  "blld-2012.115.1.a": [text2012],
  "blld-2012.115.1.b": [text2012],
  "blld-2012.115.1.c": [text2012],
  "blld-2012.115.1.d": [text2012],
  "blld-2012.115.1.dd": [text2012],
  "blld-2012.115.1.e": [text2012],
  "blld-2019.112.1.a": [text2019],
  "blld-2019.112.1.b": [text2019],
  "blld-2019.112.1.c": [text2019],
  "blld-2019.112.1.d": [text2019],
  "blld-2019.112.1.dd": [text2019],
  "blld-2019.112.1.dd.adjacent": [text2019],
  "blld-2019.112.1.e": [text2019],
  "culture-day-24-11": [
    { document: "Nghị quyết 80-NQ/TW", issuer: "Bộ Chính trị", date: "2026-01-07" },
    { document: "Nghị quyết 30/NQ-CP", issuer: "Chính phủ" },
  ],
};

/**
 * What the one-line `source` of a rule of `holidayRules` (in `@xhht/calendar`) leaves out, by rule id: the line as
 * it stood before, with the wording of the law it rests on and what could not be confirmed. The main entry keeps
 * the short line, so that a bundle that does not show the notes does not carry them.
 *
 * @example
 * ```ts
 * import { holidayRuleNotes } from "@xhht/calendar/sources";
 *
 * holidayRuleNotes["blld-1994.73.tet"]; // "… (Luật số 84/2007/QH11): the last day of the old lunar year and three of the new"
 * ```
 */
export const holidayRuleNotes: Readonly<Record<string, string>> = {
  "blld-1994.73.tet":
    "Bộ luật Lao động 1994, Điều 73 (Luật số 84/2007/QH11): the last day of the old lunar year and three of the new",
  "blld-1994.73.hungKings":
    "Bộ luật Lao động 1994, Điều 73 (Luật số 84/2007/QH11, which added Giỗ Tổ; published on an UNCONFIRMED date, taken as 02/04/2007)",
};
