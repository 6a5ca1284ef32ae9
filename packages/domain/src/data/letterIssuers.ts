/**
 * Who sends the Week's letters, by the first part of the letter's symbol: the Ministry («BGDĐT-…») and, in 2013, the
 * national Steering Committee for building a learning society («BCĐQG-XHHT»). `name` as a letter's heading prints it,
 * `runningName` as running text cites it («… của Bộ Giáo dục và Đào tạo»). The first entry is the default.
 *
 * @example
 * ```ts
 * letterIssuers[0].runningName; // "Bộ Giáo dục và Đào tạo"
 * ```
 */
export const letterIssuers = [
  { symbolPrefix: "BGDĐT", name: "BỘ GIÁO DỤC VÀ ĐÀO TẠO", runningName: "Bộ Giáo dục và Đào tạo" },
  {
    symbolPrefix: "BCĐQG",
    name: "BAN CHỈ ĐẠO QUỐC GIA XÂY DỰNG XÃ HỘI HỌC TẬP",
    runningName: "Ban Chỉ đạo quốc gia xây dựng xã hội học tập",
  },
] as const;
