import { checkOptions, checkString } from "../communes/communeArguments.ts";
import { unitNameMatcher } from "../unitNames.ts";
import type { District } from "./District.ts";
import { checkDistrictList } from "./districtArguments.ts";
import { districtPrefixes, districtRecords } from "./districtRecords.ts";
import { districtScope } from "./districtScope.ts";

interface Lookup {
  readonly byCode: ReadonlyMap<string, District>;
  readonly byName: (query: string, province: string | undefined) => readonly District[];
}

// The indexes of each list searched, built on its first search: the SDK's, or a caller's own.
const lookups = new WeakMap<readonly District[], Lookup>();
const lookupOf = (list: readonly District[]): Lookup => {
  let lookup = lookups.get(list);
  if (lookup === undefined) {
    lookup = {
      byCode: new Map(list.map((unit) => [unit.code, unit])),
      byName: unitNameMatcher(list, districtPrefixes),
    };
    lookups.set(list, lookup);
  }
  return lookup;
};

/**
 * Every district-level unit (quận, huyện, thị xã, thành phố thuộc tỉnh) that `codeOrName` names: a three-digit code
 * («001»), or a name with or without its kind («Quận Ba Đình», «Ba Đình»), in any case, with or without diacritics
 * («quan ba dinh», «BA ĐÌNH»), sorted by code, as `findCommunes` reads a commune's. Some names are those of two
 * units of one province, a huyện and the thị xã or thành phố it surrounded («Huyện Kỳ Anh», «Thị xã Kỳ Anh»): the
 * kind tells them apart. `province` (a code, «42», or a name as `findProvince` reads it) narrows the search to one
 * province, and `onDate` to the units in force that day: from 01/07/2025 there are none, so such a day finds
 * nothing. `list` searches a caller's list of districts instead of the SDK's snapshot. Never throws on the query;
 * throws a `DomainError` (`domain.invalid-argument`) when an argument is not a string or `list` not a list of
 * districts, and a `CalendarError` (`calendar.invalid-date`) when `onDate` is not a real date.
 *
 * @example
 * ```ts
 * import { findDistricts } from "@xhht/domain/districts";
 * findDistricts("Kỳ Anh").map((unit) => unit.fullName); // ["Huyện Kỳ Anh", "Thị xã Kỳ Anh"]
 * findDistricts("Châu Thành").length; // 10
 * findDistricts("chau thanh", { province: "Tiền Giang" }).map((unit) => unit.code); // ["821"]
 * findDistricts("Ba Đình", { onDate: "2025-07-01" }); // []
 * ```
 */
export const findDistricts = (
  codeOrName: string,
  options?: { readonly province?: string; readonly onDate?: string; readonly list?: readonly District[] },
): readonly District[] => {
  const query = checkString(codeOrName, "findDistricts", 'a district\'s three-digit code or its name, e.g. "Ba Đình"');
  const { province, onDate } = checkOptions(options, "findDistricts", {
    province: 'a province\'s code or name, e.g. "01"',
    onDate: 'the day as YYYY-MM-DD, e.g. "2024-10-07"',
  });
  const { byCode, byName } = lookupOf(checkDistrictList(options?.list, "findDistricts") ?? districtRecords);
  const scope = districtScope(onDate, province);
  if (scope === undefined) return [];
  const code = /^\s*(\d{3})\s*$/.exec(query)?.[1];
  if (code === undefined) return byName(query, scope.province);
  const unit = byCode.get(code);
  return unit === undefined || (scope.province !== undefined && unit.province !== scope.province) ? [] : [unit];
};
