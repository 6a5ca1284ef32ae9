import { CalendarError, isIsoDate, readInstant } from "@xhht/calendar";
import { templateErrorMessages } from "../data/templateErrorMessages.ts";
import { TemplateError } from "../input/TemplateError.ts";
import { templateErrorCodes } from "../input/templateErrorCodes.ts";

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/**
 * The instant a document is stamped with, read by the calendar's one instant grammar (`readInstant`): a valid `Date`,
 * or an ISO date-time with its offset («2020-09-15T08:30:00+07:00» or «…Z») naming a real date and time. A civil
 * date «2020-09-15» means its first moment in Vietnam (00:00 at UTC+7). Anything else is refused with a
 * {@link TemplateError} `templates.invalid-generated-at` carrying the calendar's reason. The host's time zone is never
 * consulted.
 */
export const toInstant = (value: unknown): Date => {
  const reading = readInstant(isIsoDate(value) ? `${value}T00:00:00+07:00` : value);
  if (!reading.ok) {
    throw new TemplateError(templateErrorCodes.invalidGeneratedAt, templateErrorMessages.generatedAt(reading.message), {
      cause: new CalendarError(reading.code, reading.message),
    });
  }
  return new Date(reading.epochMs);
};

/** The civil date (year, month 1-12, day) of an instant in Vietnam (UTC+7, no daylight saving since 1975). */
export const vietnamCivilFields = (instant: Date): { year: number; month: number; day: number } => {
  const shifted = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
};
