import { checkOptions, checkString } from "../communes/communeArguments.ts";
import type { District } from "./District.ts";
import { checkDistrictList } from "./districtArguments.ts";
import { findDistricts } from "./findDistricts.ts";

/**
 * Finds the one district-level unit (quận, huyện, thị xã, thành phố thuộc tỉnh) that `codeOrName` names: by its
 * three-digit code («001») or by its name with or without its kind («Quận Ba Đình», «Ba Đình»), in any case, with or
 * without diacritics («quan ba dinh», «BA ĐÌNH»). Many names recur from province to province: give `province` (a
 * code, «01», or a name as `findProvince` reads it) to search one. Returns `undefined` when no unit or more than one
 * matches — list them with {@link findDistricts} — and for a day from 01/07/2025 on in `onDate`, when there were no
 * districts any more. Searches the SDK's snapshot of December 2024, or a caller's `list`. Never throws on the query;
 * throws a `DomainError` (`domain.invalid-argument`) when an argument is not a string or `list` not a list of
 * districts, and a `CalendarError` (`calendar.invalid-date`) when `onDate` is not a real date.
 *
 * @example
 * ```ts
 * import { findDistrict } from "@xhht/domain/districts";
 * findDistrict("001")?.fullName; // "Quận Ba Đình"
 * findDistrict("quan ba dinh", { province: "01" })?.code; // "001"
 * findDistrict("Hải Hậu", { province: "Nam Định", onDate: "2024-10-07" })?.code; // "366"
 * findDistrict("Kỳ Anh", { province: "42" }); // undefined: a huyện and a thị xã
 * findDistrict("Thị xã Kỳ Anh", { province: "42" })?.code; // "449"
 * findDistrict("001", { onDate: "2025-07-01" }); // undefined: no districts from 01/07/2025
 * findDistrict(1 as unknown as string); // throws domain.invalid-argument
 * ```
 */
export const findDistrict = (
  codeOrName: string,
  options?: { readonly province?: string; readonly onDate?: string; readonly list?: readonly District[] },
): District | undefined => {
  checkString(codeOrName, "findDistrict", 'a district\'s three-digit code or its name, e.g. "Ba Đình"');
  checkOptions(options, "findDistrict", { province: "a province's code or name", onDate: "the day as YYYY-MM-DD" });
  checkDistrictList(options?.list, "findDistrict");
  const found = findDistricts(codeOrName, options);
  return found.length === 1 ? found[0] : undefined;
};
