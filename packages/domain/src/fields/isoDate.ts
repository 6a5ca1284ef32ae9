import type { IsoDate } from "@xhht/calendar";
import * as z from "zod/mini";

/** `YYYY-MM-DD` for a day that exists: months of their length, 29 February in leap years only, years 0001-9999. */
const realDate =
  /^(?!0000)(?:(?:\d\d[2468][048]|\d\d[13579][26]|\d\d0[48]|[02468][048]00|[13579][26]00)-02-29|\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8])))$/;

/**
 * A civil date `YYYY-MM-DD` that exists on the calendar, typed as the calendar's {@link IsoDate}: one regular
 * expression, the same check as `isIsoDate` of @xhht/calendar, published in JSON Schema as `format: "date"`.
 *
 * @example
 * ```ts
 * isoDate.parse("2020-10-01"); // "2020-10-01" as IsoDate
 * isoDate.safeParse("2021-02-29").success; // false
 * ```
 */
export const isoDate = z
  .string()
  .check(z.regex(realDate, { message: "date.format" }), z.meta({ format: "date" })) as unknown as z.ZodMiniType<
  IsoDate,
  string
>;
