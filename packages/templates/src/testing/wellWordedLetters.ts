import fc from "fast-check";

/** Text of real words, 1 to 12 of them: what a well-worded letter's lines are made of. */
export const wordedText = fc
  .array(fc.constantFrom("Sở", "Giáo dục", "và", "Đào tạo", "học tập", "suốt đời", "Tuần lễ", "năm", "2020"), {
    minLength: 1,
    maxLength: 12,
  })
  .map((list) => list.join(" "));

/**
 * The fields a property test changes in `sampleLetter` to get any well-worded letter: subject, recipients, body
 * paragraphs and number. Pass it to `fc.record`, with more fields if the test needs them.
 */
export const wellWordedLetterFields = {
  subject: wordedText,
  recipients: fc.array(wordedText, { minLength: 1, maxLength: 4 }),
  body: fc.array(fc.record({ type: fc.constant("paragraph" as const), text: wordedText }), {
    minLength: 1,
    maxLength: 5,
  }),
  number: fc.integer({ min: 1, max: 99_999 }),
};
