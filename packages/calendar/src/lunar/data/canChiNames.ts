/**
 * The names of the sexagenary cycle (can chi) in Vietnamese: the ten heavenly stems (thiên can) and the twelve
 * earthly branches (địa chi), in cycle order. Year 4 CE was Giáp Tý, the first of the cycle, so a year's stem is
 * `(year + 6) % 10` and its branch `(year + 8) % 12`.
 *
 * The fourth branch is written «Mão» (the cat), the standard written form (2023 is «Quý Mão» in official usage),
 * rather than the colloquial, mostly southern «Mẹo»; the sixth is written «Tỵ» (also seen as «Tị»). The names are the
 * conventional Sino-Vietnamese readings; the order and the origin of the cycle are those of date-chinese's
 * `CalendarVietnamese` (cycle years from Giáp Tý).
 *
 * @example
 * ```ts
 * canChiNames.stems[6];    // "Canh"
 * canChiNames.branches[0]; // "Tý"
 * ```
 */
export const canChiNames = {
  stems: ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"],
  branches: ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"],
} as const;
