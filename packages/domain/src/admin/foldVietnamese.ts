/**
 * A search key for Vietnamese text: NFC, lower case, «đ» written «d», diacritics removed, and every run of
 * spaces, hyphens, dots or other punctuation turned into one space.
 *
 * @example
 * ```ts
 * foldVietnamese("Bà Rịa - Vũng Tàu"); // "ba ria vung tau"
 * foldVietnamese("ĐẮK LẮK");           // "dak lak"
 * ```
 */
export const foldVietnamese = (value: string): string =>
  lowerVietnamese(value)
    .replaceAll("đ", "d")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/ +/g, " ")
    .trim();

/**
 * Like {@link foldVietnamese} but keeping the diacritics: NFC, lower case, punctuation and spaces collapsed.
 *
 * @example
 * ```ts
 * lowerVietnamese("  HÀ   NỘI "); // "hà nội"
 * ```
 */
export const lowerVietnamese = (value: string): string =>
  value
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, " ")
    .trim();
