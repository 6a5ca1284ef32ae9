import { parseIsoDate } from "@xhht/calendar";
import { foldVietnamese, lowerVietnamese } from "./foldVietnamese.ts";
import { inForce } from "./inForce.ts";
import type { Province, ProvinceKind } from "./Province.ts";
import { provinceHistory } from "./provinceHistory.ts";

const kindWords: Readonly<Record<string, ProvinceKind>> = {
  tỉnh: "tinh",
  tinh: "tinh",
  "thành phố": "thanh-pho-truc-thuoc-trung-uong",
  "thanh pho": "thanh-pho-truc-thuoc-trung-uong",
  tp: "thanh-pho-truc-thuoc-trung-uong",
};
const kindPrefix = /^(tỉnh|tinh|thành phố|thanh pho|tp) (.+)$/u;

const splitKind = (key: string): { kind: ProvinceKind | undefined; name: string } => {
  const match = kindPrefix.exec(key);
  return match ? { kind: kindWords[match[1] ?? ""], name: match[2] ?? "" } : { kind: undefined, name: key };
};

type Keyed = { readonly province: Province; readonly lower: string; readonly folded: string };
let keyedOnce: readonly Keyed[] | undefined;
const keyed = (): readonly Keyed[] => {
  keyedOnce ??= provinceHistory.map((province) => ({
    province,
    lower: lowerVietnamese(province.shortName),
    folded: foldVietnamese(province.shortName),
  }));
  return keyedOnce;
};

const byCode = new Map<string, Province[]>();
for (const province of provinceHistory) {
  const records = byCode.get(province.code);
  if (records === undefined) byCode.set(province.code, [province]);
  else records.push(province);
}

const endOf = (province: Province) => province.validTo ?? "9999-12-31";

/** The one record among `candidates` that answers the query on `onDate`, or the most recent one when undated. */
const narrow = (candidates: readonly Province[], onDate: string | undefined): readonly Province[] => {
  if (onDate !== undefined) return candidates.filter((province) => inForce(province, onDate));
  const latest = candidates.map(endOf).sort().at(-1);
  return candidates.filter((province) => endOf(province) === latest);
};

const byName = (query: string, onDate: string | undefined): Province | undefined => {
  for (const [fold, field] of [
    [lowerVietnamese, "lower"],
    [foldVietnamese, "folded"],
  ] as const) {
    const { kind, name } = splitKind(fold(query));
    if (name.length === 0) return undefined;
    const candidates = keyed()
      .filter((entry) => entry[field] === name && (kind === undefined || entry.province.kind === kind))
      .map((entry) => entry.province);
    const found = narrow(candidates, onDate);
    if (found.length > 0) return found.length === 1 ? found[0] : undefined;
  }
  return undefined;
};

/**
 * Finds a provincial-level unit by its code («01», «1»), its full name («Thành phố Hà Nội», «Tỉnh Thanh Hóa»,
 * «TP. Hồ Chí Minh») or its short name («Hà Nội»), written with or without diacritics and in any case
 * («ha noi», «HÀ NỘI», «Thanh Hoa», «Dak Lak»). With `onDate`, only the units in force that day are searched;
 * without it, the most recent unit that bore the code or name is returned («24» → the Bắc Ninh of 2025,
 * «Bắc Giang» → the Bắc Giang of 2008-2025). Returns `undefined` when nothing or more than one unit matches;
 * never throws on the query. Throws a `CalendarError` (`calendar.invalid-date`) when `onDate` is not a real date.
 *
 * @example
 * ```ts
 * findProvince("ha noi")?.name;                    // "Thành phố Hà Nội"
 * findProvince("27", "2020-09-15")?.shortName;     // "Bắc Ninh"
 * findProvince("Hà Giang", "2025-07-01");          // undefined: merged into Tuyên Quang
 * ```
 */
export const findProvince = (codeOrName: string, onDate?: string): Province | undefined => {
  const date = onDate === undefined ? undefined : parseIsoDate(onDate);
  if (typeof codeOrName !== "string") return undefined;
  const code = /^\s*(\d{1,2})\s*$/.exec(codeOrName)?.[1];
  if (code === undefined) return byName(codeOrName, date);
  const found = narrow(byCode.get(code.padStart(2, "0")) ?? [], date);
  return found.length === 1 ? found[0] : undefined;
};
