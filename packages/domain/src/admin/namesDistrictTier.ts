import { foldVietnamese } from "./foldVietnamese.ts";

/**
 * «Ủy ban nhân dân» / «UBND» / «Phòng Giáo dục và Đào tạo» of a district, «các phòng GDĐT» (the district offices of
 * education), or anything «cấp huyện», once folded.
 */
const districtBody =
  /\b(?:cap huyen|(?:uy ban nhan dan|ubnd|phong giao duc va dao tao|phong gd ?dt) (?:cac |cap )?(?:quan|huyen|thi xa)|cac phong (?:giao duc va dao tao|gd ?dt))\b/;

/**
 * Whether `text` names a district-level body: «Ủy ban nhân dân các huyện, thành phố», «UBND cấp huyện», «Phòng
 * Giáo dục và Đào tạo các quận, huyện», «Các phòng GDĐT», «UBND huyện Bạch Thông»… Such bodies exist only before 01/07/2025
 * (see `hasDistrictTier`); the check ignores case and diacritics.
 *
 * @example
 * ```ts
 * namesDistrictTier("Ủy ban nhân dân các huyện, thành phố"); // true
 * namesDistrictTier("UBND cấp huyện");                        // true
 * namesDistrictTier("Ủy ban nhân dân các xã, phường");        // false
 * namesDistrictTier("Sở Giáo dục và Đào tạo");                // false
 * ```
 */
export const namesDistrictTier = (text: string): boolean => districtBody.test(foldVietnamese(text));
