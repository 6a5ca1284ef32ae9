/**
 * The parameters English messages show as a word, by message key (its variants `<key>_<context>` alike). A number
 * counts a unit: the message writes the unit's `_other` form («{{days}} days», from `count.days_other` «{{count}}
 * days»), which the number's plural category (`Intl.PluralRules`) replaces («{{days}} day» for 1, from
 * `count.days_one`). A code is shown by its name: `type` → the word `type.<value>`, the value itself when it has none.
 */
export const paramWordsEn = {
  "schema.invalid-type": { expected: "type" },
  "directive.week-length": { days: "count.days" },
  "report.late": { daysLate: "count.days", workingDaysLate: "count.working-days" },
  "nd30.font.family": { count: "count.runs-use" },
  "nd30.body.size": { count: "count.paragraphs-are" },
  "nd30.copies.size": { count: "count.lines-are" },
  "nd30.font.color": { count: "count.runs-use" },
} as const;
