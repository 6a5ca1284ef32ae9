import { isLanguage, type Language } from "@xhht/core";
import { CalendarError } from "./CalendarError.ts";
import { calendarErrorCodes } from "./calendarErrorCodes.ts";
import { describeValue } from "./describeValue.ts";

/**
 * `value` as a {@link Language}, `"vi"` when it is `undefined`, or a {@link CalendarError} `calendar.invalid-locale`
 * naming `what` takes it.
 */
export const checkLanguage = (what: string, value: unknown = "vi"): Language => {
  if (!isLanguage(value)) {
    throw new CalendarError(
      calendarErrorCodes.invalidLocale,
      `${describeValue(value)} is not a language of ${what}: pass "vi" or "en"`,
    );
  }
  return value;
};
