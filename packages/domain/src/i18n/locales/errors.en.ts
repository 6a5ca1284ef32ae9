/**
 * English meanings of the error codes the packages throw (`calendarErrorCodes`, `domainErrorCodes`,
 * `templateErrorCodes`, `cliErrorCodes`): one line each, what the code says went wrong. The thrown error's own
 * message says more about the case at hand.
 */
export const errorsEn = {
  "calendar.invalid-date": "Not a real calendar day written YYYY-MM-DD.",
  "calendar.invalid-year": "Not a whole year in the range this function covers.",
  "calendar.invalid-place": "The place of a date line is blank, not text, or more than the place alone.",
  "calendar.invalid-day-count": "A number of days (or working days) that is not a whole number.",
  "calendar.date-out-of-range": "A date, or the result of date arithmetic, outside 0001-01-01 … 9999-12-31.",
  "calendar.invalid-locale": "A language the calendar does not speak: it takes «vi» or «en».",
  "calendar.invalid-week": "A Lifelong Learning Week entry that does not have the shape the calendar reads.",
  "calendar.holiday-year-out-of-range": "A date in a year the holiday calendar does not cover.",
  "calendar.invalid-holiday-decision":
    "A government holiday decision (swap, Tết range, sources) that does not have the shape the calendar reads.",
  "calendar.invalid-deadline": "A deadline that is not one of the calendar's deadline kinds with a valid date.",
  "calendar.invalid-instant": "An instant that is an invalid Date or a string that is not an ISO date-time.",
  "calendar.ambiguous-instant": "A date-time without a UTC offset: its moment would depend on the host's time zone.",
  "calendar.invalid-lunar-date": "A lunar date that does not exist.",
  "calendar.lunar-out-of-range": "A lunar year outside the years the lunar conversion covers.",
  "calendar.invalid-lunar-options": "Options of the lunar conversion that are not an object with a valid offsetHours.",
  "calendar.invalid-milestone": "Not one of the milestones of the Week.",
  "calendar.invalid-text": "Text holding a character no document can carry (a control character or a non-character).",
  "calendar.invalid-options": "An options object, or one of its fields, that the function does not take.",
  "domain.invalid-amount": "An amount of đồng that is not a whole, non-negative safe integer or bigint.",
  "domain.invalid-argument": "An argument of the wrong kind.",
  "domain.invalid-directive":
    "A directive given to defineDirective does not validate: the error's issues list every problem.",
  "domain.invalid-option": "An options object, or one of its fields, that the function does not take.",
  "domain.language-not-loaded":
    'A language whose messages are not loaded yet: call await loadLanguage("en") (or registerMessages("en", messagesEn)) first.',
  "domain.unsupported-language": "A language the SDK has no messages in: it speaks «vi» and «en».",
  "templates.invalid-input": "The input does not match the template's schema; the error carries the issues.",
  "templates.unsafe-text": "A text field holds a character XML cannot carry; the error names the field.",
  "templates.invalid-generated-at":
    "generatedAt is neither a valid Date, a civil date YYYY-MM-DD nor an ISO date-time with an offset.",
  "templates.invalid-electronic-signature":
    "The electronic signature cannot be printed: its signing time has no offset, or the document is a draft.",
  "templates.invalid-docx": "The bytes given are not a .docx (not a zip, or no word/document.xml).",
  "cli.usage": "A command, option or argument the command does not take.",
  "cli.unreadable": "A file or folder that does not exist or cannot be read.",
  "cli.syntax": "A file that is not well-formed JSON, YAML or CSV.",
  "cli.format": "A file whose format the command does not read.",
  "cli.encoding": "A file that is not UTF-8 text.",
  "cli.output": "An output path that cannot be written.",
  "cli.exists": "An output file exists with other content, and --force was not given.",
} as const;
