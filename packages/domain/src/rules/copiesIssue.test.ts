import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectQuickAnswer } from "../../../../test/support/expectQuickAnswer.ts";
import { directive2020 } from "../data/directive2020.ts";
import { sampleBudgetEstimate2020 } from "../data/sampleBudgetEstimate2020.ts";
import { sampleCommitteeDecision2020 } from "../data/sampleCommitteeDecision2020.ts";
import { sampleForwardingRequest2020 } from "../data/sampleForwardingRequest2020.ts";
import { sampleInvitation2020 } from "../data/sampleInvitation2020.ts";
import { sampleNationalSummaryMeta2020 } from "../data/sampleNationalSummaryMeta2020.ts";
import { samplePlan2020 } from "../data/samplePlan2020.ts";
import { sampleReport2020 } from "../data/sampleReport2020.ts";
import { sampleSubmission2020 } from "../data/sampleSubmission2020.ts";
import { validateBudgetEstimate } from "../entities/budgetEstimate/validateBudgetEstimate.ts";
import { validateCommitteeDecision } from "../entities/committeeDecision/validateCommitteeDecision.ts";
import { validateDirective } from "../entities/directive/validateDirective.ts";
import { validateForwardingRequest } from "../entities/forwardingRequest/validateForwardingRequest.ts";
import { validateInvitation } from "../entities/invitation/validateInvitation.ts";
import { validateNationalSummaryMeta } from "../entities/nationalSummary/validateNationalSummaryMeta.ts";
import { validateOfficialLetter } from "../entities/officialLetter/validateOfficialLetter.ts";
import { validatePlan } from "../entities/provincialPlan/validatePlan.ts";
import { validateReport } from "../entities/provincialReport/validateReport.ts";
import { validateSubmission } from "../entities/submission/validateSubmission.ts";
import { line } from "../fields/text.ts";
import { createTranslator } from "../i18n/createTranslator.ts";
import { lintRecipientList } from "../nd30/lintRecipientList.ts";
import { copiesIssue } from "./copiesIssue.ts";

const t = createTranslator({ lang: "en" });
const accepted = [
  "Lưu: VT, GDTX",
  "Lưu: VT, GDTX, 02b",
  "Lưu: VT, VP5.",
  "- Lưu: VT, KHTC;",
  "Lưu : VT , GDTX",
  "Lưu:VT,GDTX",
];
const refused = ["Lưu: VT", "Lưu: VT.", "Lưu: VT,", "Lưu", "Lưu: GDTX", "Lưu VT, GDTX", "Lưu: vt, GDTX", "Như trên"];

/** The last «Nơi nhận» line as @xhht/templates prints an entry (`listItemText`): a dash, no final «;.,», a «.». */
const printed = (entry: string) => `- ${entry.replace(/[\s;.,]+$/u, "")}.`;
/** Whether the .docx linter's reading (`lintRecipientList`, which @xhht/templates' `lintDocx` runs) refuses it. */
const linterRefuses = (entry: string) =>
  lintRecipientList(["- Như trên;", printed(entry)], { kind: "noi-nhan", hasKinhGui: true }).issues.some(
    (issue) => issue.code === "nd30.noi-nhan.luu-last" || issue.code === "nd30.noi-nhan.luu-format",
  );

describe("copiesIssue", () => {
  it("accepts a last entry «Lưu: VT, <drafting unit>», with or without its dash and final punctuation", () => {
    for (const entry of accepted) expect(copiesIssue(t, ["Như trên", entry]), entry).toBeUndefined();
  });

  it("refuses a last entry without «Lưu: VT, …» (copies.luu), at the path of that entry", () => {
    for (const entry of refused) {
      expect(copiesIssue(t, ["Như trên", entry]), entry).toMatchObject({
        code: "copies.luu",
        severity: "error",
        path: ["copies", 1],
        params: { found: entry },
      });
    }
    expect(copiesIssue(t, ["Lưu: VT"], "letter.copies-luu")?.code).toBe("letter.copies-luu");
  });

  it("gives the verdict the .docx linter gives the printed list, on the examples and on any entry", () => {
    for (const entry of [...accepted, ...refused]) {
      expect(copiesIssue(t, [entry]) !== undefined, entry).toBe(linterRefuses(entry));
    }
    const piece = fc.constantFrom(
      "Lưu",
      "Luu",
      ":",
      " : ",
      "VT",
      "vt",
      ",",
      ", ",
      " ",
      "GDTX",
      ".",
      ";",
      "-",
      "- ",
      "(2)",
    );
    const entry = fc
      .array(piece, { minLength: 1, maxLength: 8 })
      .map((pieces) => pieces.join(""))
      .filter((value) => line.safeParse(value).success)
      .map((value) => line.parse(value));
    fc.assert(
      fc.property(entry, (value) => {
        expect(copiesIssue(t, [value]) !== undefined).toBe(linterRefuses(value));
      }),
      { numRuns: 500 },
    );
  });
});

describe("the validators of entities with a «Nơi nhận» list", () => {
  const withCopies = <T extends { copies: readonly string[] }>(sample: T, last: string) => ({
    ...sample,
    copies: [...sample.copies.slice(0, -1), last],
  });
  const checks: [string, { copies: readonly string[] }, (input: unknown) => { issues: readonly { code: string }[] }][] =
    [
      ["validatePlan", samplePlan2020, (input) => validatePlan(input, { directive: directive2020 })],
      ["validateReport", sampleReport2020, (input) => validateReport(input, { directive: directive2020 })],
      ["validateCommitteeDecision", sampleCommitteeDecision2020, (input) => validateCommitteeDecision(input)],
      ["validateInvitation", sampleInvitation2020, (input) => validateInvitation(input)],
      ["validateBudgetEstimate", sampleBudgetEstimate2020, (input) => validateBudgetEstimate(input)],
      ["validateSubmission", sampleSubmission2020, (input) => validateSubmission(input)],
      ["validateNationalSummaryMeta", sampleNationalSummaryMeta2020, (input) => validateNationalSummaryMeta(input)],
      [
        "validateForwardingRequest",
        sampleForwardingRequest2020,
        (input) => validateForwardingRequest(input, { directive: directive2020 }),
      ],
    ];

  for (const [name, sample, validate] of checks) {
    it(`${name} accepts its sample and refuses a list ending «Lưu: VT» (copies.luu), as the linter would`, () => {
      expect(validate(sample).issues).toEqual([]);
      expect(validate(withCopies(sample, "Lưu: VT, GDTX, 05b")).issues).toEqual([]);
      expect(validate(withCopies(sample, "Lưu: VT")).issues.map((issue) => issue.code)).toEqual(["copies.luu"]);
      expect(validate(withCopies(sample, "Bộ GDĐT (để b/c)")).issues.map((issue) => issue.code)).toEqual([
        "copies.luu",
      ]);
    });
  }

  it("validateOfficialLetter and validateDirective refuse a letter ending «Lưu: VT» (letter.copies-luu)", () => {
    const letter = withCopies(directive2020.letter, "Lưu: VT");
    expect(validateOfficialLetter(letter).issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["letter.copies-luu", ["copies", 1]],
    ]);
    expect(validateDirective({ ...directive2020, letter }).issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["letter.copies-luu", ["letter", "copies", 1]],
    ]);
  });

  it("reads a megabyte of adversarial «Nơi nhận» text in linear time", () => {
    const t = createTranslator();
    const n = 1 << 20;
    for (const line of [
      `${";".repeat(n)}x`,
      `Lưu:${" ".repeat(n)}x`,
      `Lưu: VT${" ".repeat(n)},`,
      `-${" ".repeat(n)}.`,
    ]) {
      expectQuickAnswer(() => copiesIssue(t, ["Như trên", line]), 1_000);
    }
  });
});
