import { type IsoDate, isIsoDate } from "@xhht/calendar";
import { z } from "zod";

/**
 * A civil date `YYYY-MM-DD` that exists on the calendar, typed as the calendar's {@link IsoDate}.
 *
 * @example
 * ```ts
 * isoDate.parse("2020-10-01"); // "2020-10-01" as IsoDate
 * isoDate.safeParse("2021-02-29").success; // false
 * ```
 */
export const isoDate = z.iso
  .date({ message: "date.format" })
  .refine(isIsoDate, { message: "date.impossible" }) as unknown as z.ZodType<IsoDate, string>;
