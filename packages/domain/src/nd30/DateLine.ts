/** The place-and-date line of a document («Hà Nội, ngày 15 tháng 9 năm 2020») as read by {@link parseDateLine}. */
export interface DateLine {
  /** The place as written, NFC: «Hà Nội». */
  readonly place: string;
  /** The date, `YYYY-MM-DD`. */
  readonly date: string;
}
