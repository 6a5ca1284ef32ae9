/**
 * The place-and-date line of a document («Hà Nội, ngày 15 tháng 9 năm 2020») as read by {@link parseDateLine}.
 *
 * @example
 * ```ts
 * const line: DateLine | undefined = parseDateLine("Hà Nội, ngày 15 tháng 9 năm 2020").value;
 * line; // { place: "Hà Nội", date: "2020-09-15" }
 * ```
 */
export interface DateLine {
  /** The place as written, NFC: «Hà Nội». */
  readonly place: string;
  /** The date, `YYYY-MM-DD`. */
  readonly date: string;
}
