/**
 * A public document a fact of the SDK's data comes from, so a user can check it: the document (a legal text's type
 * and number, or a press article's title), who issued or published it, its date and, where one exists, its address.
 *
 * @example
 * ```ts
 * const letter: SourceDocument = {
 *   document: "Công văn 3589/BGDĐT-GDTX",
 *   issuer: "Bộ Giáo dục và Đào tạo",
 *   date: "2020-09-15",
 * };
 * const article: SourceDocument = {
 *   document: "«Khai mạc Tuần lễ hưởng ứng học tập suốt đời năm 2021»",
 *   issuer: "Báo Nghệ An",
 *   date: "2021-10-03",
 *   url: "https://baonghean.vn/",
 * };
 * ```
 */
export type SourceDocument = {
  /** The document: «Công văn 3589/BGDĐT-GDTX», «Bộ luật Dân sự 2015, Điều 148», or a press article's title in «». */
  readonly document: string;
  /** Who issued or published it: «Bộ Giáo dục và Đào tạo», «Báo Nghệ An». */
  readonly issuer: string;
  /** Its date, `YYYY-MM-DD`; left out when not known. */
  readonly date?: string | undefined;
  /** Where a user can read it; left out when no stable public address is known. */
  readonly url?: string | undefined;
};
