/**
 * The names of the days of the week, Sunday first (the order of {@link dayOfWeek}). Vietnamese names follow
 * Decree 30/2020/NĐ-CP, Phụ lục II: «thứ Hai», the ordinal capitalised and «thứ» in lower case.
 *
 * @example
 * ```ts
 * weekdayNames.vi[1]; // "thứ Hai"
 * weekdayNames.en[0]; // "Sunday"
 * ```
 */
export const weekdayNames = {
  vi: ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
} as const;
