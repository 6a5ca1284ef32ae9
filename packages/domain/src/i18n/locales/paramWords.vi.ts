/**
 * The parameters Vietnamese messages show as a word, by message key (its variants `<key>_<context>` alike): a code
 * by its name, `type` → the word `type.<value>` (the value itself when it has none). Vietnamese nouns have one form
 * for every number, so no message needs a counted unit: «{{daysLate}} ngày».
 */
export const paramWordsVi = {
  "schema.invalid-type": { expected: "type" },
} as const;
