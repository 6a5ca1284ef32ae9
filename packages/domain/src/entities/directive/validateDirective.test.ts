import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { directive2020 } from "../../data/directive2020.ts";
import { createTranslator } from "../../i18n/createTranslator.ts";
import { schemaIssues } from "../../rules/schemaIssues.ts";
import { expectRulesSurviveRefusal } from "../../testing/expectRulesSurviveRefusal.ts";
import { type Directive, directiveSchema } from "./Directive.ts";
import { validateDirective } from "./validateDirective.ts";

const edit = (change: (draft: Directive) => void): unknown => {
  const draft = structuredClone(directive2020) as Directive;
  change(draft);
  return draft;
};

const codes = (input: unknown) => validateDirective(input).issues.map((issue) => issue.code);

describe("validateDirective", () => {
  it("accepts the 2020 directive without any issue", () => {
    const result = validateDirective(directive2020);
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it("reports a missing field with its path, in Vietnamese by default and in English on request", () => {
    const input = edit((d) => {
      delete (d as Partial<Directive>).theme;
    });
    const vi = validateDirective(input);
    expect(vi.ok).toBe(false);
    expect(vi.issues).toEqual([
      expect.objectContaining({ code: "schema.missing", path: ["theme"], severity: "error" }),
    ]);
    expect(vi.issues[0]?.message).toBe("Thiếu trường bắt buộc.");
    expect(validateDirective(input, { lang: "en" }).issues[0]?.message).toBe("This field is required.");
  });

  it("returns every issue at once, not only the first", () => {
    const input = edit((d) => {
      d.letter.symbol = "bgdđt gdtx";
      (d.letter as { date: string }).date = "2020-02-30";
      d.letter.body[0] = { type: "point", label: "f)", text: "x" };
    });
    expect(codes(input)).toEqual(expect.arrayContaining(["letter.symbol", "date.format", "block.point-label"]));
  });

  it("refuses text that a document cannot carry, naming the field", () => {
    const result = validateDirective(edit((d) => (d.theme = "Chuyển đổi số\uFFFE")));
    expect(result.issues).toEqual([expect.objectContaining({ code: "text.xml-illegal", path: ["theme"] })]);
  });

  it("trims text and refuses a line break in a field printed on one line", () => {
    const trimmed = validateDirective(edit((d) => (d.letter.copies[0] = "  Như trên ")));
    expect(trimmed.ok && trimmed.value.letter.copies[0]).toBe("Như trên");
    expect(validateDirective(edit((d) => (d.letter.recipients[0] = "Chủ tịch\nỦy ban"))).issues).toEqual([
      expect.objectContaining({ code: "text.line-break", path: ["letter", "recipients", 0] }),
    ]);
    expect(validateDirective(edit((d) => (d.letter.copies[0] = " \n "))).issues).toEqual([
      expect.objectContaining({ code: "text.blank", path: ["letter", "copies", 0] }),
    ]);
  });

  it("normalises decomposed Vietnamese to NFC", () => {
    const result = validateDirective(edit((d) => (d.theme = d.theme.normalize("NFD"))));
    expect(result.ok && result.value.theme).toBe(directive2020.theme);
  });

  it("flags a reference to a body block that does not exist", () => {
    const input = edit((d) => (d.activities[0] = { ...d.activities[0]!, source: "s9.z" }));
    expect(validateDirective(input).issues).toEqual([
      expect.objectContaining({
        code: "directive.source-missing",
        path: ["activities", 0, "source"],
        params: { source: "s9.z" },
      }),
    ]);
  });

  it("flags an activity code the catalogue does not know", () => {
    const input = edit((d) => (d.activities[0] = { ...d.activities[0]!, code: "communication.radio-quiz" }));
    expect(validateDirective(input).issues).toEqual([
      expect.objectContaining({ code: "directive.activity-unknown", path: ["activities", 0, "code"] }),
    ]);
  });

  it("flags a letter whose symbol carries a document type, which a công văn has not", () => {
    expect(validateDirective(edit((d) => (d.letter.symbol = "KH-BGDĐT"))).issues).toEqual([
      expect.objectContaining({
        code: "letter.symbol-type",
        path: ["letter", "symbol"],
        params: { symbol: "KH-BGDĐT", type: "KH" },
      }),
    ]);
  });

  it("flags a block id used twice", () => {
    expect(codes(edit((d) => (d.letter.body[1] = { ...d.letter.body[1]!, id: "intro" })))).toContain(
      "directive.duplicate-block-id",
    );
  });

  it("flags an opening ceremony outside the Week", () => {
    expect(codes(edit((d) => ((d.week as { opening: string }).opening = "2020-10-08")))).toEqual([
      "directive.opening-outside-week",
    ]);
  });

  it("warns, without failing, when the Week does not last seven days", () => {
    const result = validateDirective(edit((d) => ((d.week as { end: string }).end = "2020-10-08")));
    expect(result.ok).toBe(true);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: "directive.week-length", severity: "warning", params: { days: 8 } }),
    ]);
  });

  it("flags a Week outside the directive's year", () => {
    expect(codes(edit((d) => (d.year = 2021)))).toContain("directive.week-year");
  });

  it("flags a report deadline that falls before the Week has ended", () => {
    const input = edit((d) => ((d.reporting.deadline as { date: string }).date = "2020-10-08"));
    expect(validateDirective(input).issues).toEqual([
      expect.objectContaining({
        code: "directive.deadline-before-week-end",
        params: { deadline: "2020-10-07", end: "2020-10-07" },
      }),
    ]);
    const noLaterThan = edit((d) => (d.reporting.deadline = { kind: "noLaterThan", date: "2020-10-08" } as never));
    expect(codes(noLaterThan)).toEqual([]);
    const within = edit(
      (d) => (d.reporting.deadline = { kind: "within", amount: 5, unit: "workingDays", from: "2020-10-07" } as never),
    );
    expect(codes(within)).toEqual([]);
  });

  it("warns when the letter is dated after the Week began", () => {
    expect(codes(edit((d) => ((d.letter as { date: string }).date = "2020-10-02")))).toEqual([
      "directive.letter-after-week",
    ]);
  });

  it("never throws and never pollutes prototypes, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (input) => {
        const result = validateDirective(input);
        expect(result.ok).toBe(false);
        expect(result.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.constantFrom("__proto__", "constructor", "prototype"), fc.jsonValue(), (key, value) => {
        const input = JSON.parse(JSON.stringify(directive2020));
        Object.defineProperty(input, key, { value, enumerable: true });
        validateDirective(JSON.parse(JSON.stringify(input)));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.getPrototypeOf({})).toBe(Object.prototype);
      }),
    );
  });

  it("refuses, with an issue and without throwing, a deadline whose last day the calendar cannot hold", () => {
    for (const deadline of [
      { kind: "before", date: "0001-01-01" },
      { kind: "within", amount: 10_000, unit: "years", from: "9999-01-01" },
    ]) {
      expect(validateDirective(edit((d) => (d.reporting.deadline = deadline as never))).issues).toContainEqual(
        expect.objectContaining({ code: "deadline.out-of-range", path: ["reporting", "deadline"] }),
      );
    }
  });

  it("skips the deadline check, without throwing, for a period in a year the holiday calendar does not cover", () => {
    const input = edit(
      (d) => (d.reporting.deadline = { kind: "within", amount: 5, unit: "workingDays", from: "1990-01-01" } as never),
    );
    expect(() => validateDirective(input)).not.toThrow();
  });
});

describe("validateDirective in one round", () => {
  const found = (input: unknown) =>
    validateDirective(input, { lang: "en" }).issues.map((issue) => [issue.code, issue.path.join(".")]);

  it("reports a blank theme and a Week of eight days in one call", () => {
    const input = edit((d) => {
      d.theme = "";
      (d.week as { end: string }).end = "2020-10-08";
    });
    expect(validateDirective(input).ok).toBe(false);
    expect(found(input)).toEqual([
      ["text.blank", "theme"],
      ["directive.week-length", "week.end"],
    ]);
  });

  it("runs the letter's own rules on the fields of it that parsed when its subject is refused, and every other rule", () => {
    const input = edit((d) => {
      d.letter.subject = "";
      d.letter.place = "Hà Nội, Việt Nam";
      (d.letter as { date: string }).date = "2020-10-02";
      d.activities[0]!.code = "communication.radio";
      (d.week as { end: string }).end = "2020-10-08";
    });
    expect(found(input)).toEqual([
      ["text.blank", "letter.subject"],
      ["directive.activity-unknown", "activities.0.code"],
      ["letter.place", "letter.place"],
      ["directive.week-length", "week.end"],
      ["directive.letter-after-week", "letter.date"],
    ]);
  });

  it("runs no rule that reads the letter's date when that date is refused", () => {
    const input = edit((d) => {
      (d.letter as { date: string }).date = "2020-02-30";
      d.letter.place = "Hà Nội, Việt Nam";
      d.duties[0]!.source = "s9";
    });
    expect(found(input)).toEqual([
      ["date.format", "letter.date"],
      ["letter.place", "letter.place"],
      ["directive.source-missing", "duties.0.source"],
    ]);
  });

  it("keeps the rule issues it can trust when any one field of the letter is refused", () => {
    const flawed = edit((d) => {
      d.letter.place = "Hà Nội, Việt Nam";
      d.letter.copies = ["Các Sở GDĐT"];
      (d.letter as { date: string }).date = "2020-10-02";
      d.letter.body[1] = { ...d.letter.body[0]!, text: "x" };
      d.duties[0]!.source = "s9";
      (d.week as { end: string }).end = "2020-10-08";
    }) as Directive;
    const before = validateDirective(flawed).issues;
    expect(new Set(before.map((issue) => issue.path.slice(0, 2).join("."))).size).toBeGreaterThanOrEqual(6);
    // Fields of the letter no rule reads: refusing one takes no rule issue away.
    const unread = ["number", "issuer", "parentBody", "subject", "recipients", "signature", "contact"];
    const letterFields = Object.keys(flawed.letter).filter((key) => key !== "schemaVersion");
    fc.assert(
      fc.property(fc.constantFrom(...letterFields), fc.oneof(fc.constant(""), fc.jsonValue()), (key, value) => {
        const input = { ...flawed, letter: { ...flawed.letter, [key]: value } };
        const refused = directiveSchema.safeParse(input).error?.issues ?? [];
        if (refused.length === 0 || refused.some((issue) => issue.path[0] !== "letter" || issue.path[1] !== key))
          return;
        const { issues } = validateDirective(input);
        const rules = issues.slice(schemaIssues(createTranslator({}), refused, input).length);
        expect(rules.filter((issue) => issue.path[0] === "letter" && issue.path[1] === key)).toEqual([]);
        expect(before).toEqual(expect.arrayContaining(rules));
        expect(rules.map((issue) => issue.code)).toContain("directive.week-length");
        if (key !== "body") expect(rules.map((issue) => issue.code)).toContain("directive.source-missing");
        if (unread.includes(key)) expect(rules).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the rule issues it can trust when any one field is refused", () => {
    const flawed = edit((d) => {
      d.letter.place = "Hà Nội, Việt Nam";
      (d.week as { end: string }).end = "2020-10-08";
      d.activities[0]!.code = "communication.radio";
      d.duties[0]!.source = "s9";
      (d.reporting as { deadline: unknown }).deadline = { kind: "before", date: "2020-10-05" };
    }) as Record<string, unknown>;
    const before = validateDirective(flawed).issues;
    expect(new Set(before.map((issue) => issue.path[0])).size).toBe(5);
    expectRulesSurviveRefusal({
      schema: directiveSchema,
      validate: validateDirective,
      flawed,
      unread: ["theme", "funding", "errata"],
    });
  });
});
