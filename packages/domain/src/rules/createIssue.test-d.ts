import { describe, expectTypeOf, it } from "vitest";
import { createTranslator } from "../i18n/createTranslator.ts";
import { createIssue } from "./createIssue.ts";
import type { Issue, IssueCode } from "./Issue.ts";
import type { RuleParams } from "./RuleParams.ts";

const t = createTranslator({ lang: "en" });

describe("RuleParams", () => {
  it("names each placeholder of the rule's English message", () => {
    expectTypeOf<keyof RuleParams<"report.late">>().toEqualTypeOf<
      "submittedOn" | "lastDay" | "daysLate" | "workingDaysLate" | "movedFrom"
    >();
    expectTypeOf<keyof RuleParams<"text.too-long">>().toEqualTypeOf<"maximum" | "length">();
    expectTypeOf<keyof RuleParams<"schema.invalid-type">>().toEqualTypeOf<"expected">();
  });

  it("makes a placeholder only a variant of the message has optional", () => {
    expectTypeOf<RuleParams<"report.late">>().toMatchTypeOf<{ readonly submittedOn: unknown }>();
    const params: RuleParams<"report.late"> = { submittedOn: "", lastDay: "", daysLate: 1, workingDaysLate: 1 };
    expectTypeOf(params).toHaveProperty("movedFrom");
  });

  it("is empty for a rule whose message has no placeholder, a layout rule and an error code", () => {
    expectTypeOf<keyof RuleParams<"text.blank">>().toEqualTypeOf<never>();
    expectTypeOf<keyof RuleParams<"nd30.body.first-line-indent">>().toEqualTypeOf<never>();
    expectTypeOf<keyof RuleParams<"calendar.invalid-date">>().toEqualTypeOf<never>();
  });
});

describe("createIssue", () => {
  it("requires each placeholder of the rule's message, and takes more", () => {
    createIssue(t, "text.too-long", ["subject"], { maximum: 10, length: 12 });
    createIssue(t, "text.too-long", ["subject"], { maximum: 10, length: 12, field: "subject" });
    // @ts-expect-error: `length` is missing
    createIssue(t, "text.too-long", ["subject"], { maximum: 10 });
    // @ts-expect-error: the message has placeholders, so params are required
    createIssue(t, "text.too-long", ["subject"]);
  });

  it("takes no params for a rule whose message has none, and a context after them", () => {
    createIssue(t, "text.blank", ["subject"]);
    createIssue(t, "text.blank", ["subject"], {}, "variant");
  });

  it("takes only the id of a rule with a message: not a layout rule, nor an unknown id", () => {
    // @ts-expect-error: a layout rule raises no issue
    createIssue(t, "nd30.body.first-line-indent", []);
    // @ts-expect-error: no rule has this id
    createIssue(t, "report.unknown", []);
  });

  it("returns an issue of that rule, whose params are typed, and which is an Issue", () => {
    const issue = createIssue(t, "text.too-long", ["subject"], { maximum: 10, length: 12 });
    expectTypeOf(issue.code).toEqualTypeOf<"text.too-long">();
    expectTypeOf(issue.params).toHaveProperty("maximum");
    expectTypeOf(issue).toMatchTypeOf<Issue>();
    expectTypeOf<Issue["code"]>().toEqualTypeOf<IssueCode>();
    expectTypeOf<Issue["params"]>().toEqualTypeOf<Readonly<Record<string, unknown>>>();
  });
});
