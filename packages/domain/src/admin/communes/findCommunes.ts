import { foldVietnamese, lowerVietnamese } from "../foldVietnamese.ts";
import type { Commune, CommuneKind } from "./Commune.ts";
import { checkOptions, checkString } from "./communeArguments.ts";
import { communeRecords } from "./communeRecords.ts";
import { communeScope } from "./communeScope.ts";

// Apostrophes are dropped before a name is keyed, so that «Ea H’Leo», «Ea H'Leo» and «Ea Hleo» are one key.
const apostrophes = /['’‘ʼ`]/g;
const lowerKey = (value: string) => lowerVietnamese(value.replace(apostrophes, ""));
const foldKey = (value: string) => foldVietnamese(value.replace(apostrophes, ""));

const kindWords: Readonly<Record<string, CommuneKind>> = {
  xã: "xa",
  xa: "xa",
  phường: "phuong",
  phuong: "phuong",
  "đặc khu": "dac-khu",
  "dac khu": "dac-khu",
};

const indexBy = (key: (name: string) => string): ReadonlyMap<string, readonly Commune[]> => {
  const index = new Map<string, Commune[]>();
  for (const commune of communeRecords) {
    const name = key(commune.name);
    const entries = index.get(name);
    if (entries === undefined) index.set(name, [commune]);
    else entries.push(commune);
  }
  return index;
};

// A query with diacritics is matched with them first, so that «Tân Thành» does not also find «Tân Thạnh»; a query
// without any, only without them, so that «Ba Dinh» finds «Ba Đình» as well as «Ba Dinh».
const lowered = { key: lowerKey, index: indexBy(lowerKey), prefix: /^(xã|phường|đặc khu) (.+)$/u };
const folded = { key: foldKey, index: indexBy(foldKey), prefix: /^(xa|phuong|dac khu) (.+)$/u };

const byCode = new Map(communeRecords.map((commune) => [commune.code, commune]));

/**
 * The units of `province` (all when `undefined`) whose name is `query`, read as a bare name and, when it starts with a
 * kind, as that kind and a name.
 */
const byName = (query: string, province: string | undefined): readonly Commune[] => {
  const stages = lowerKey(query) === foldKey(query) ? [folded] : [lowered, folded];
  for (const { key, index, prefix } of stages) {
    const whole = key(query);
    if (whole === "") return [];
    const found = new Set(index.get(whole));
    const [, kind = "", name = ""] = prefix.exec(whole) ?? [];
    for (const commune of index.get(name) ?? []) if (commune.kind === kindWords[kind]) found.add(commune);
    if (province !== undefined) for (const commune of found) if (commune.province !== province) found.delete(commune);
    if (found.size > 0) return [...found].sort((a, b) => (a.code < b.code ? -1 : 1));
  }
  return [];
};

/**
 * Every commune-level unit (xã, phường, đặc khu) that `codeOrName` names: a five-digit code («00004»), or a name
 * with or without its kind («Phường Ba Đình», «Ba Đình»), in any case, with or without diacritics («phuong ba dinh»,
 * «BA ĐÌNH»), sorted by code. A name written with diacritics matches them exactly when some unit does («Tân Thành»
 * is not «Tân Thạnh»); a name written without any matches every name it could stand for («ba dinh»: «Ba Đình» and
 * «Ba Dinh»). `province` (a code, «79», or a
 * name as `findProvince` reads it) narrows the search to one province, and `onDate` to the units in force that day:
 * the SDK holds no commune list before 01/07/2025, so an earlier day finds nothing. Use it where {@link findCommune}
 * finds no single unit, to list the candidates. Never throws on the query; throws a `DomainError`
 * (`domain.invalid-argument`) when an argument is not a string and a `CalendarError` (`calendar.invalid-date`) when
 * `onDate` is not a real date.
 *
 * @example
 * ```ts
 * import { findCommunes } from "@xhht/domain/communes";
 * findCommunes("Tân Thành").length; // 9
 * findCommunes("Tân Thành", { province: "Tây Ninh" }).map((unit) => unit.code); // ["25534"]
 * findCommunes("tan thanh", { province: "80" }).map((unit) => unit.fullName); // ["Xã Tân Thành", "Xã Tân Thạnh"]
 * findCommunes("Ba Đình").map((unit) => unit.province); // ["01", "38"]
 * findCommunes("ba dinh").map((unit) => unit.fullName); // ["Phường Ba Đình", "Xã Ba Đình", "Xã Ba Dinh"]
 * findCommunes("ba dinh", { province: "01" }).map((unit) => unit.fullName); // ["Phường Ba Đình"]
 * findCommunes("Ba Đình", { onDate: "2024-01-01" }); // []
 * ```
 */
export const findCommunes = (
  codeOrName: string,
  options?: { readonly province?: string; readonly onDate?: string },
): readonly Commune[] => {
  const query = checkString(codeOrName, "findCommunes", 'a commune\'s five-digit code or its name, e.g. "Ba Đình"');
  const { province, onDate } = checkOptions(options, "findCommunes", {
    province: 'a province\'s code or name, e.g. "01"',
    onDate: 'the day as YYYY-MM-DD, e.g. "2025-07-01"',
  });
  const scope = communeScope(onDate, province);
  if (scope === undefined) return [];
  const code = /^\s*(\d{5})\s*$/.exec(query)?.[1];
  if (code === undefined) return byName(query, scope.province);
  const unit = byCode.get(code);
  return unit === undefined || (scope.province !== undefined && unit.province !== scope.province) ? [] : [unit];
};
