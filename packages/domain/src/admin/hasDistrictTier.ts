import { parseIsoDate } from "@xhht/calendar";
import { twoTierGovernmentFrom } from "../data/provinces.ts";

/**
 * Whether district-level units (huyện, quận, thị xã, thành phố thuộc tỉnh) existed on `onDate`: true before
 * 01/07/2025, when local government became two-tier, province and commune (Nghị quyết 202/2025/QH15).
 * A directive's duties for «UBND cấp huyện» apply only while this is true.
 * Throws a `CalendarError` (`calendar.invalid-date`) when `onDate` is not a real date.
 *
 * @example
 * ```ts
 * hasDistrictTier("2025-06-30"); // true
 * hasDistrictTier("2025-07-01"); // false
 * ```
 */
export const hasDistrictTier = (onDate: string): boolean => parseIsoDate(onDate) < twoTierGovernmentFrom;
