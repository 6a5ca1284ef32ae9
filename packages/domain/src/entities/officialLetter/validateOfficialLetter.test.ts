import { describe, expect, it } from "vitest";
import { directive2020 } from "../../data/directive2020.ts";
import { expectRulesSurviveRefusal } from "../../testing/expectRulesSurviveRefusal.ts";
import { officialLetterSchema } from "./OfficialLetter.ts";
import { validateOfficialLetter } from "./validateOfficialLetter.ts";

const letter = directive2020.letter;
const codes = (input: unknown) => validateOfficialLetter(input).issues.map((issue) => issue.code);

describe("validateOfficialLetter", () => {
  it("accepts the 2020 letter without any issue", () => {
    expect(validateOfficialLetter(letter).issues).toEqual([]);
  });

  it("flags a symbol that carries a document type", () => {
    expect(codes({ ...letter, symbol: "CV-BGDĐT" })).toEqual([]);
    expect(codes({ ...letter, symbol: "KH-BGDĐT" })).toEqual(["letter.symbol-type"]);
  });

  it("flags a place written with a comma", () => {
    expect(validateOfficialLetter({ ...letter, place: "Hà Nội, Việt Nam" }).issues).toEqual([
      expect.objectContaining({ code: "letter.place", path: ["place"] }),
    ]);
  });

  it("requires «Nơi nhận» to end with «Lưu: VT, …»", () => {
    expect(
      validateOfficialLetter({ ...letter, copies: ["Như trên", "Bộ trưởng (để b/c)"] }, { lang: "en" }).issues,
    ).toEqual([
      expect.objectContaining({
        code: "letter.copies-luu",
        path: ["copies", 1],
        params: { found: "Bộ trưởng (để b/c)" },
      }),
    ]);
  });

  it("warns when «Nơi nhận» does not start with «Như trên»", () => {
    const result = validateOfficialLetter({ ...letter, copies: ["Các Sở GDĐT", "Lưu: VT, GDTX"] });
    expect(result.ok).toBe(true);
    expect(result.issues.map((issue) => [issue.code, issue.severity])).toEqual([["letter.copies-nhu-tren", "warning"]]);
  });
});

describe("validateOfficialLetter in one round", () => {
  const found = (input: unknown) =>
    validateOfficialLetter(input, { lang: "en" }).issues.map((issue) => [issue.code, issue.path.join(".")]);

  it("reports a blank subject and a place with a comma in one call, and no rule on refused copies", () => {
    expect(found({ ...letter, subject: " ", place: "Hà Nội, Việt Nam" })).toEqual([
      ["text.blank", "subject"],
      ["letter.place", "place"],
    ]);
    expect(found({ ...letter, copies: [], symbol: "KH-BGDĐT" })).toEqual([
      ["schema.too-small", "copies"],
      ["letter.symbol-type", "symbol"],
    ]);
  });

  it("keeps the rule issues it can trust when any one field is refused", () => {
    const flawed: Record<string, unknown> = {
      ...letter,
      symbol: "KH-BGDĐT",
      place: "Hà Nội, Việt Nam",
      copies: ["Các Sở GDĐT"],
      signature: { ...letter.signature, authority: [{ kind: "KT", title: "GIÁM ĐỐC" }] },
    };
    const before = validateOfficialLetter(flawed).issues;
    expect(new Set(before.map((issue) => issue.path[0]))).toEqual(new Set(["symbol", "place", "copies", "signature"]));
    expectRulesSurviveRefusal({
      schema: officialLetterSchema,
      validate: validateOfficialLetter,
      flawed,
      unread: ["number", "date", "subject", "recipients", "body"],
    });
  });
});
