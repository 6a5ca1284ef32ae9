/**
 * The grammar of an instant the SDK reads, as a regular expression source that means the same in JavaScript,
 * Python, Go and Java: RFC 3339 with minutes required, seconds and up to nine fraction digits optional, and an offset
 * («Z» or «±HH:MM»). JSON Schemas use it as `pattern`; {@link readInstant} also checks the calendar (no 30 February,
 * no hour 24) and the range (a civil date in Vietnam from 0001-01-01 to 9999-12-31).
 *
 * @example
 * ```ts
 * new RegExp(instantPattern).test("2020-10-27T09:15:00+07:00"); // true
 * new RegExp(instantPattern).test("2020-10-27 09:15");          // false: no offset
 * ```
 */
export const instantPattern =
  "^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?([Zz]|[+-][0-9]{2}:[0-9]{2})$";
