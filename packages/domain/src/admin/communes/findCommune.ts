import type { Commune } from "./Commune.ts";
import { checkOptions, checkString } from "./communeArguments.ts";
import { findCommunes } from "./findCommunes.ts";

/**
 * Finds the one commune-level unit (xã, phường, đặc khu) that `codeOrName` names: by its five-digit code («00004»)
 * or by its name with or without its kind («Phường Ba Đình», «Ba Đình»), in any case, with or without diacritics
 * («phuong ba dinh», «BA ĐÌNH»). Many names recur from province to province: give `province` (a code, «01», or a
 * name as `findProvince` reads it) to search one. Returns `undefined` when no unit or more than one matches — list
 * them with {@link findCommunes} — and for a day before 01/07/2025 in `onDate`, as the SDK holds no earlier commune
 * list. Never throws on the query; throws a `DomainError` (`domain.invalid-argument`) when an argument is not a
 * string and a `CalendarError` (`calendar.invalid-date`) when `onDate` is not a real date.
 *
 * @example
 * ```ts
 * import { findCommune } from "@xhht/domain/communes";
 * findCommune("00004")?.fullName; // "Phường Ba Đình"
 * findCommune("phuong ba dinh", { province: "01" })?.code; // "00004"
 * findCommune("BA ĐÌNH", { province: "Hà Nội" })?.code; // "00004"
 * findCommune("Côn Đảo")?.province; // "79"
 * findCommune("Tân Thành"); // undefined: nine provinces have one
 * findCommune(4 as unknown as string); // throws domain.invalid-argument
 * ```
 */
export const findCommune = (
  codeOrName: string,
  options?: { readonly province?: string; readonly onDate?: string },
): Commune | undefined => {
  checkString(codeOrName, "findCommune", 'a commune\'s five-digit code or its name, e.g. "Ba Đình"');
  checkOptions(options, "findCommune", { province: "a province's code or name", onDate: "the day as YYYY-MM-DD" });
  const found = findCommunes(codeOrName, options);
  return found.length === 1 ? found[0] : undefined;
};
