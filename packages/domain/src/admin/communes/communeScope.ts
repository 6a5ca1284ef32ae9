import { parseIsoDate } from "@xhht/calendar";
import { findProvince } from "@xhht/domain";
import { communesInForceFrom } from "./communeRecords.ts";

/**
 * What a query searches: the list in force on `onDate` (a `YYYY-MM-DD`, checked; the list's first day when
 * `undefined`), narrowed to `province` (a code or name as `findProvince` reads it, among the provinces in force that
 * day) when given, as that province's code. `undefined` when nothing is in scope: a day before the list, or a
 * province that names no unit in force that day. Throws `calendar.invalid-date` when `onDate` is not a real date.
 */
export const communeScope = (
  onDate: string | undefined,
  province: string | undefined,
): { readonly province: string | undefined } | undefined => {
  const day = onDate === undefined ? communesInForceFrom : parseIsoDate(onDate);
  if (day < communesInForceFrom) return undefined;
  if (province === undefined) return { province: undefined };
  const code = findProvince(province, day)?.code;
  return code === undefined ? undefined : { province: code };
};
