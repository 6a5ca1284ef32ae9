import { unitNameMatcher } from "../unitNames.ts";
import type { Commune } from "./Commune.ts";
import { checkOptions, checkString } from "./communeArguments.ts";
import { communeRecords } from "./communeRecords.ts";
import { communeScope } from "./communeScope.ts";

/** The units of a province (all when `undefined`) whose name, with or without its kind, is the query. */
const byName = unitNameMatcher(communeRecords, { xa: "Xã", phuong: "Phường", "dac-khu": "Đặc khu" });

const byCode = new Map(communeRecords.map((commune) => [commune.code, commune]));

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
