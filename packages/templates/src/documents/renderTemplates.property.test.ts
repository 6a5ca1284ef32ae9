import {
  type BudgetEstimate,
  type CommitteeDecision,
  directive2020,
  type EstimateContent,
  type ForwardingRequest,
  type Invitation,
  type NationalSummaryMeta,
  type OfficialLetter,
  type ProvincialPlan,
  type ProvincialReport,
  provinces,
  type Submission,
  sampleBudgetEstimate2020,
  sampleCommitteeDecision2020,
  sampleForwardingRequest2020,
  sampleInvitation2020,
  sampleNationalSummaryMeta2020,
  samplePlan2020,
  sampleReport2020,
  sampleSubmission2020,
  summarizeReports,
} from "@xhht/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateDocxes } from "../../../../test/ooxml/validateDocx.ts";
import { readDocxText } from "../docx/readDocxText.ts";
import { lintDocx } from "../lint/lintDocx.ts";
import { sampleRenders } from "../testing/sampleRenders.ts";

const letters = [..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY"];
const tones = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];
/** Vietnamese letters with tone marks (composed or not), punctuation, XML's reserved characters, tab, line breaks. */
const char = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...letters), fc.constantFrom(...tones)).map(([l, t]) => l + t) },
  { weight: 2, arbitrary: fc.constantFrom(" ", " ", ".", ",", ";", ":", "-", "(", ")", "/", "«", "»", "“", "”") },
  { weight: 1, arbitrary: fc.constantFrom("&", "<", ">", '"', "'", "]]>", "\t", "\n", "\r\n", "\u00A0", "😀", "0") },
);
const text = fc.string({ unit: char, minLength: 1, maxLength: 30 }).filter((value) => value.trim().length > 0);
/** One entry of «Kính gửi» or «Nơi nhận»: one trimmed line (a break or a leading space inside «- …;» is nd30.recipients.dash). */
const line = text.map((value) => value.replace(/[\t\r\n]/gu, " ").trim()).filter((value) => value.length > 0);
const texts = (min: number, max: number) => fc.array(text, { minLength: min, maxLength: max });
const number = fc.option(fc.integer({ min: 1, max: 999_999 }), { nil: undefined });
const withNumber = <T extends { number?: number | undefined }>(entity: T, n: number | undefined): T => {
  const copy = { ...entity };
  if (n === undefined) delete (copy as { number?: number }).number;
  else copy.number = n;
  return copy;
};
const amount = fc.integer({ min: 0, max: 2_000_000_000 });
const count = fc.integer({ min: 0, max: 5_000_000 });

/** A dự toán's lines, whose amounts are quantity × unit price, and their total. */
const estimateLines = fc
  .array(
    fc.record({
      item: text,
      unit: text,
      quantity: fc.integer({ min: 1, max: 500 }),
      unitPrice: fc.integer({ min: 0, max: 50_000_000 }),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((lines) => {
    const computed = lines.map((line) => ({ ...line, amount: line.quantity * line.unitPrice }));
    return { lines: computed, total: computed.reduce((sum, line) => sum + line.amount, 0) };
  });

/** A dự toán's content: its lines and total, notes and maybe a subject. */
const estimateContent = fc
  .record({ estimate: estimateLines, notes: texts(0, 2), subject: fc.option(text, { nil: undefined }) })
  .map(
    ({ estimate, notes, subject }): EstimateContent => ({
      ...estimate,
      notes,
      ...(subject === undefined ? {} : { subject }),
    }),
  );

const plan = fc
  .record({
    number,
    subject: text,
    legalBases: texts(0, 3),
    constraints: texts(0, 2),
    places: texts(0, 3),
    responsible: texts(1, 3),
    budget: fc.array(fc.record({ item: text, amount }), { maxLength: 4 }),
    budgetEstimate: fc.option(estimateContent, { nil: undefined }),
    issuerName: fc.option(line, { nil: undefined }),
  })
  // An appendix names the issuer in its «(Kèm theo …)» line (appendix.issuer-name): with an estimate, a name is given.
  .map(({ number: n, places, responsible, budget, budgetEstimate, issuerName: name, ...rest }): ProvincialPlan => {
    const issuerName = budgetEstimate === undefined ? name : (name ?? "Sở Giáo dục và Đào tạo");
    // With an appendix, the budget lines (if any) are one line of the estimate's total: the two must agree.
    const lines =
      budgetEstimate === undefined
        ? budget.map((line) => ({ ...line, source: "state-budget" as const }))
        : budget
            .slice(0, 1)
            .map((line) => ({ ...line, amount: budgetEstimate.total, source: "state-budget" as const }));
    const planned = samplePlan2020.activities.map((activity, index) =>
      index === 0 ? { ...activity, places, responsible } : activity,
    );
    const entity = {
      ...samplePlan2020,
      ...rest,
      activities: planned,
      budget: lines,
      ...(budgetEstimate === undefined ? {} : { budgetEstimate }),
      ...(issuerName === undefined ? {} : { issuerName }),
    };
    delete (entity as { budgetTotal?: number }).budgetTotal;
    return withNumber(entity, n);
  });

const report = fc
  .record({
    subject: text,
    learners: count,
    articles: count,
    examples: count,
    commendations: fc.record({ collectives: count, individuals: count }),
    budgetSpent: amount,
    difficulties: texts(0, 2),
    proposals: texts(0, 2),
    notes: fc.option(text, { nil: undefined }),
    recipients: fc.array(line, { minLength: 1, maxLength: 3 }),
    issuerName: fc.option(line, { nil: undefined }),
  })
  .map(
    ({ learners, articles, notes, issuerName, ...rest }): ProvincialReport => ({
      ...sampleReport2020,
      ...rest,
      ...(issuerName === undefined ? {} : { issuerName }),
      activities: sampleReport2020.activities.map((activity) =>
        activity.code === "internet-skills.training"
          ? { ...activity, measures: { learners }, ...(notes === undefined ? {} : { notes }) }
          : activity.code === "communication.media"
            ? { ...activity, measures: { articles } }
            : activity,
      ),
    }),
  );

const decision = fc
  .record({
    number,
    committeeName: text,
    members: fc.array(fc.record({ name: line, position: text }), { minLength: 1, maxLength: 6 }),
    duties: texts(1, 4),
    executors: texts(1, 3),
    drafter: fc.option(
      fc.record({ initials: fc.constantFrom("PL", "VP", "ĐT"), copies: fc.integer({ min: 1, max: 999 }) }),
      {
        nil: undefined,
      },
    ),
  })
  .map(({ number: n, members, drafter, ...rest }): CommitteeDecision => {
    const entity: CommitteeDecision = {
      ...sampleCommitteeDecision2020,
      ...rest,
      members: members.map((member, index) => ({ ...member, role: index === 0 ? "head" : "member" })),
    };
    if (drafter !== undefined) entity.drafter = drafter;
    return withNumber(entity, n);
  });

const invitation = fc
  .record({
    number,
    invitees: texts(1, 4),
    event: text,
    venue: text,
    notes: texts(0, 2),
    eventTime: fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`),
    eventDate: fc.constantFrom("2020-09-25", "2020-10-01", "2020-10-04").map((date) => date as Invitation["eventDate"]),
    urgency: fc.option(fc.constantFrom("KHẨN" as const, "THƯỢNG KHẨN" as const, "HỎA TỐC" as const), {
      nil: undefined,
    }),
  })
  .map(({ number: n, urgency, ...rest }): Invitation => {
    const entity: Invitation = { ...sampleInvitation2020, ...rest };
    if (urgency !== undefined) entity.urgency = urgency;
    return withNumber(entity, n);
  });

const estimate = estimateLines.map((lines): BudgetEstimate => ({ ...sampleBudgetEstimate2020, ...lines }));

const block = fc.oneof(
  fc.record({ type: fc.constant("paragraph" as const), text }),
  fc.record({ type: fc.constant("heading" as const), label: fc.integer({ min: 1, max: 9 }).map((n) => `${n}.`), text }),
  fc.record({ type: fc.constant("point" as const), label: fc.constantFrom("a)", "b)", "đ)", "k)"), text }),
  fc.record({ type: fc.constant("bullet" as const), text }),
);
const submission = fc
  .record({
    number,
    subject: text,
    recipients: fc.array(line, { minLength: 1, maxLength: 3 }),
    legalBases: texts(0, 3),
    body: fc.array(block, { maxLength: 5 }),
    proposal: texts(1, 3),
    budgetEstimate: fc.option(estimateContent, { nil: undefined }),
    issuerName: fc.option(line, { nil: undefined }),
  })
  .map(({ number: n, budgetEstimate, issuerName: name, ...rest }): Submission => {
    const issuerName = budgetEstimate === undefined ? name : (name ?? "Sở Giáo dục và Đào tạo");
    const entity: Submission = { ...sampleSubmission2020, ...rest };
    delete entity.budgetEstimate;
    delete entity.issuerName;
    if (budgetEstimate !== undefined) entity.budgetEstimate = budgetEstimate;
    if (issuerName !== undefined) entity.issuerName = issuerName;
    return withNumber(entity, n);
  });

const inForce = provinces("2020-10-07").map((province) => province.code);
const summary = fc
  .record({
    reporting: fc.subarray(inForce, { maxLength: 6 }),
    introduction: texts(0, 2),
    proposals: texts(0, 2),
    lateDays: fc.integer({ min: 0, max: 20 }),
  })
  .map(({ reporting, lateDays, ...rest }) => {
    const reports = reporting.map((province, index) => ({
      ...sampleReport2020,
      province,
      submittedAt:
        index === 0
          ? `2020-10-${String(29 + Math.min(lateDays, 2)).padStart(2, "0")}T09:00:00+07:00`
          : sampleReport2020.submittedAt,
    }));
    const meta: NationalSummaryMeta = { ...sampleNationalSummaryMeta2020, ...rest };
    return { summary: summarizeReports(reports, { year: 2020, directive: directive2020 }), meta };
  });

const forwarding = fc
  .record({
    recipients: fc.array(line, { minLength: 1, maxLength: 3 }),
    lead: text,
    partners: texts(0, 2),
    extra: texts(0, 2),
  })
  .map((rest): ForwardingRequest => ({ ...sampleForwardingRequest2020, ...rest }));

/** A công văn as the Ministry would write it: its own header and signer, any subject, recipients and body. */
const letter = fc
  .record({
    number: fc.integer({ min: 1, max: 99_999 }),
    subject: text,
    recipients: fc.array(line, { minLength: 1, maxLength: 4 }),
    body: fc.array(block, { minLength: 1, maxLength: 8 }),
    copies: fc.array(line, { maxLength: 3 }),
    name: line,
  })
  .map(
    ({ copies, name, ...rest }): OfficialLetter => ({
      ...directive2020.letter,
      ...rest,
      signature: { ...directive2020.letter.signature, name },
      copies: ["Như trên", ...copies, "Lưu: VT, GDTX"],
    }),
  );

const renders = sampleRenders;
const templates = fc.oneof(
  letter.map((input) => ({ name: "letter", input, render: () => renders.letter.render(input) })),
  // Without the directive: the plan's own Week and no theme.
  plan.map((input) => ({ name: "plan", input, render: () => renders.plan.render(input, {}) })),
  report.map((input) => ({ name: "report", input, render: () => renders.report.render(input) })),
  decision.map((input) => ({ name: "decision", input, render: () => renders.decision.render(input) })),
  invitation.map((input) => ({ name: "invitation", input, render: () => renders.invitation.render(input) })),
  estimate.map((input) => ({ name: "estimate", input, render: () => renders.estimate.render(input) })),
  submission.map((input) => ({ name: "submission", input, render: () => renders.submission.render(input) })),
  summary.map((input) => ({
    name: "summary",
    input: input.meta,
    render: () => renders.summary.render(input.summary, { meta: input.meta }),
  })),
  forwarding.map((input) => ({ name: "forwarding", input, render: () => renders.forwarding.render(input) })),
);

describe("the templates with arbitrary valid entities", () => {
  it("always produce schema-valid, well-formed documents that lint with no issue", async () => {
    const rendered: { name: string; input: unknown; bytes: Uint8Array }[] = [];
    await fc.assert(
      fc.asyncProperty(templates, async ({ name, input, render }) => {
        const bytes = await render();
        expect(readDocxText(bytes).length).toBeGreaterThan(10);
        // No issue at all, warnings included: the summary's landscape table is in its body, as Decree 30 allows.
        expect(lintDocx(bytes).issues, `${name}: ${JSON.stringify(input)}`).toEqual([]);
        rendered.push({ name, input, bytes });
      }),
      { numRuns: 32 },
    );
    // One xmllint run for all documents: the schema set is parsed once.
    const results = await validateDocxes(rendered.map((r) => r.bytes));
    results.forEach((result, index) => {
      const entry = rendered[index];
      expect(result.problems, `${entry?.name}: ${JSON.stringify(entry?.input)}`).toEqual([]);
    });
    expect(new Set(rendered.map((r) => r.name)).size).toBeGreaterThanOrEqual(6);
  }, 90_000);
});
