import { CalendarError, formatDateLine, formatShortDate } from "@xhht/calendar";
import { templateErrorMessages } from "../data/templateErrorMessages.ts";
import { TemplateError } from "../input/TemplateError.ts";
import { templateErrorCodes } from "../input/templateErrorCodes.ts";

/** «Nam Định, ngày 22 tháng 9 năm 2020»; a place the calendar refuses becomes a TemplateError on `place`. */
export const dateLineFor = (place: string, date: string, what: string): string => {
  try {
    return formatDateLine(place, date);
  } catch (error) {
    if (!(error instanceof CalendarError)) throw error;
    throw new TemplateError(templateErrorCodes.invalidInput, templateErrorMessages.invalidPlace(what, error.message), {
      issues: [
        { code: error.code, severity: "error", path: ["place"], params: {}, basis: undefined, message: error.message },
      ],
      cause: error,
    });
  }
};

/** «ngày 18 tháng 9 năm 2020»: the date as a date line writes it (leading zeros for days below 10, months 1-2). */
export const dateInWords = (date: string): string => formatDateLine("-", date).slice("-, ".length);

/**
 * «01/10/2020» for one day; a range within one year «01/10 - 07/10/2020» (short enough for a table cell); a range
 * across years «01/10/2020 - 31/05/2021».
 */
export const dateRange = (start: string, end: string): string => {
  if (start === end) return formatShortDate(start);
  const from = formatShortDate(start);
  return start.slice(0, 4) === end.slice(0, 4)
    ? `${from.slice(0, 5)} - ${formatShortDate(end)}`
    : `${from} - ${formatShortDate(end)}`;
};
