import { instantPattern, readInstant } from "@xhht/calendar";
import * as z from "zod/mini";
import type { RuleId } from "../data/rules.ts";

/**
 * An instant as the calendar reads it ({@link readInstant} of @xhht/calendar): RFC 3339 with its offset, a real date
 * and time, whose civil date in Vietnam lies between 0001-01-01 and 9999-12-31. A string the grammar refuses gives
 * an issue `rule` (the field's own message); a real moment outside those years gives `instant.out-of-range`. So a
 * value that passes can be handed to any calendar function without a throw. The JSON Schema carries the grammar as
 * `pattern` ({@link instantPattern}); the calendar checks (no 30 February, the range) are the validators'.
 *
 * @example
 * ```ts
 * const submittedAt = instant("report.submitted-at");
 * submittedAt.safeParse("2020-10-27T09:15:00+07:00").success; // true
 * submittedAt.safeParse("9999-12-31T23:00:00Z").success;      // false: 10000-01-01 in Vietnam
 * ```
 */
export const instant = (rule: RuleId) =>
  z
    .string()
    .check((context) => {
      const reading = readInstant(context.value);
      if (reading.ok) return;
      const outOfRange = reading.code === "calendar.date-out-of-range";
      context.issues.push({
        code: "custom",
        message: outOfRange ? "instant.out-of-range" : rule,
        input: context.value,
        params: outOfRange ? { value: context.value } : {},
      });
    })
    .check(z.meta({ pattern: instantPattern }));
