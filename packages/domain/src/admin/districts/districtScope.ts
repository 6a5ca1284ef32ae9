import { parseIsoDate } from "@xhht/calendar";
import { findProvince } from "@xhht/domain";
import { districtsUntil } from "./districtRecords.ts";

/**
 * What a query searches: the list in force on `onDate` (a `YYYY-MM-DD`, checked; any day before 01/07/2025 when
 * `undefined`), narrowed to `province` (a code or name as `findProvince` reads it, among the provinces in force that
 * day) when given, as that province's code. `undefined` when nothing is in scope: a day from 01/07/2025 on, when
 * there were no districts any more, or a province that names no province in force that day. Throws
 * `calendar.invalid-date` when `onDate` is not a real date.
 */
export const districtScope = (
  onDate: string | undefined,
  province: string | undefined,
): { readonly province: string | undefined } | undefined => {
  const day = onDate === undefined ? undefined : parseIsoDate(onDate);
  if (day !== undefined && day >= districtsUntil) return undefined;
  if (province === undefined) return { province: undefined };
  // Without a day, the province as it was on the last day of the district tier.
  const code = findProvince(province, day ?? "2025-06-30")?.code;
  return code === undefined ? undefined : { province: code };
};
