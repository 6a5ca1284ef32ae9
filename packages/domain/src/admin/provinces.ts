import { parseIsoDate } from "@xhht/calendar";
import { inForce } from "./inForce.ts";
import type { Province } from "./Province.ts";
import { provinceHistory } from "./provinceHistory.ts";

/**
 * The provincial-level units in force on `onDate` (`YYYY-MM-DD`), sorted by code: 63 from 01/08/2008 to 30/06/2025,
 * 34 from 01/07/2025. Dates before 01/08/2008 are outside the SDK's records and give an empty list.
 * Throws a `CalendarError` (`calendar.invalid-date`) when `onDate` is not a real date.
 *
 * @example
 * ```ts
 * provinces("2020-09-15").length; // 63
 * provinces("2025-07-01").length; // 34
 * provinces("2025-07-01")[0]?.name; // "Thành phố Hà Nội"
 * ```
 */
export const provinces = (onDate: string): readonly Province[] => {
  const date = parseIsoDate(onDate);
  return provinceHistory.filter((province) => inForce(province, date));
};
