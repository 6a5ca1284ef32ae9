import { isIsoDate } from "@xhht/calendar";
import { TemplateError } from "./TemplateError.ts";
import { templateErrorCodes } from "./templateErrorCodes.ts";

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const civilDate = /^(\d{4})-(\d{2})-(\d{2})$/u;
const dateTimeWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/u;

/**
 * The instant a document is stamped with. A `Date` is taken as is; an ISO date-time must carry its offset
 * («2020-09-15T08:30:00+07:00» or «…Z»); a civil date «2020-09-15» means its first moment in Vietnam
 * (00:00 at UTC+7). The host's time zone is never consulted.
 */
export const toInstant = (value: Date | string): Date => {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      throw new TemplateError(templateErrorCodes.invalidGeneratedAt, "generatedAt is an invalid Date");
    }
    return new Date(value.getTime());
  }
  const civil = civilDate.exec(value);
  if (civil !== null && isIsoDate(value)) {
    const [, year, month, day] = civil.map(Number) as [number, number, number, number];
    return new Date(Date.UTC(year, month - 1, day) - VIETNAM_OFFSET_MS);
  }
  if (dateTimeWithOffset.test(value)) {
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) return new Date(ms);
  }
  throw new TemplateError(
    templateErrorCodes.invalidGeneratedAt,
    `generatedAt ${JSON.stringify(value)} is neither a civil date "YYYY-MM-DD" nor an ISO date-time with an offset ("2020-09-15T08:30:00+07:00")`,
  );
};

/** The civil date (year, month 1-12, day) of an instant in Vietnam (UTC+7, no daylight saving since 1975). */
export const vietnamCivilFields = (instant: Date): { year: number; month: number; day: number } => {
  const shifted = new Date(instant.getTime() + VIETNAM_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
};
