import type { Commune } from "./Commune.ts";
import { checkOptions, checkString } from "./communeArguments.ts";
import { communeRecords } from "./communeRecords.ts";
import { communeScope } from "./communeScope.ts";

/**
 * The commune-level units (xã, phường, đặc khu) in force on `onDate` (`YYYY-MM-DD`), sorted by code: the 3,321 of
 * the two-tier local government from 01/07/2025 (2,621 xã, 687 phường, 13 đặc khu), or those of one province with
 * `province` (its code, «01» or «1», or its name as `findProvince` reads it, among the provinces in force that day).
 * The SDK holds no commune list before 01/07/2025: an earlier day gives an empty list, as does a province not in
 * force that day. Throws a `CalendarError` (`calendar.invalid-date`) when `onDate` is not a real date and a
 * `DomainError` (`domain.invalid-argument`) when it or `province` is not a string.
 *
 * @example
 * ```ts
 * import { communes } from "@xhht/domain/communes";
 * communes("2025-07-01").length; // 3321
 * communes("2025-07-01", { province: "01" }).length; // 126
 * communes("2025-07-01", { province: "Hồ Chí Minh" }).length; // 168
 * communes("2025-07-01", { province: "Hà Giang" }).length; // 0: merged into Tuyên Quang
 * communes("2025-06-30").length; // 0: before the two-tier government
 * communes("2025-07-01")[0]?.fullName; // "Phường Ba Đình"
 * ```
 */
export const communes = (onDate: string, options?: { readonly province?: string }): readonly Commune[] => {
  const date = checkString(onDate, "communes", 'the day as YYYY-MM-DD, e.g. "2025-07-01"');
  const { province } = checkOptions(options, "communes", { province: 'a province\'s code or name, e.g. "01"' });
  const scope = communeScope(date, province);
  if (scope === undefined) return [];
  return scope.province === undefined
    ? communeRecords
    : communeRecords.filter((commune) => commune.province === scope.province);
};
