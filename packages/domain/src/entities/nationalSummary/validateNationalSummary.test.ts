import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { directive2020 } from "../../data/directive2020.ts";
import { sampleReport2020 } from "../../data/sampleReport2020.ts";
import { isEntityId } from "../entityIds.ts";
import { entitySchemas, toJsonSchema } from "../toJsonSchema.ts";
import { nationalSummarySchema } from "./nationalSummarySchema.ts";
import { summarizeReports } from "./summarizeReports.ts";
import { validateNationalSummary } from "./validateNationalSummary.ts";

const options = { year: 2020, directive: directive2020 };
const summary = summarizeReports(
  [sampleReport2020, { ...sampleReport2020, province: "01", submittedAt: "2020-11-02T09:00:00+07:00" }, {}],
  options,
);

describe("validateNationalSummary", () => {
  it("accepts what summarizeReports returns, as it is and through JSON, with its value unchanged", () => {
    expect(summary.rows).toHaveLength(2);
    expect(summary.late).toHaveLength(1);
    expect(summary.rejected).toHaveLength(1);
    expect(validateNationalSummary(summary)).toEqual({ ok: true, value: summary, issues: [] });
    const json = JSON.parse(JSON.stringify(summary)) as unknown;
    expect(validateNationalSummary(json)).toMatchObject({ ok: true, value: json, issues: [] });
  });

  it("accepts the summary of any mix of reports, duplicates and values that are no report", () => {
    const input = fc.oneof(
      fc.constantFrom("36", "01", "79", "02").map((province) => ({ ...sampleReport2020, province })),
      fc.constant({ ...sampleReport2020, submittedAt: "2020-10-31T10:00:00+07:00" }),
      fc.constant({ ...sampleReport2020, year: 2021 }),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.array(input, { maxLength: 6 }), (inputs) => {
        const result = validateNationalSummary(summarizeReports(inputs, options));
        expect(result.issues).toEqual([]);
        expect(result.ok).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("reads a count left out of the totals, a row's measures or commendations as 0", () => {
    const { books: _, ...totals } = summary.totals;
    const result = validateNationalSummary({ ...summary, totals });
    expect(result.ok && result.value.totals.books).toBe(0);
  });

  it("gives a hand-built summary one issue a field, in Vietnamese or English", () => {
    const [row] = summary.rows;
    const built = {
      ...summary,
      expected: -1,
      rows: [{ ...row, submittedOn: "2020-10-32", budgetSpent: Number.MAX_SAFE_INTEGER * 4 }],
      missing: [{ province: "Hà Nội", name: "Thành phố Hà Nội" }],
      duplicates: [{ index: 0, province: "36", kept: 1, note: "?" }],
    };
    const result = validateNationalSummary(built, { lang: "en" });
    expect(result.ok).toBe(false);
    expect(result.issues.map(({ code, path }) => [code, path])).toEqual([
      ["schema.too-small", ["expected"]],
      ["date.format", ["rows", 0, "submittedOn"]],
      ["schema.too-big", ["rows", 0, "budgetSpent"]],
      ["province.code-format", ["missing", 0, "province"]],
      ["schema.unknown-key", ["duplicates", 0]],
    ]);
    const [vi] = validateNationalSummary(built).issues;
    const [en] = result.issues;
    expect(vi?.message).not.toBe(en?.message);
    expect(validateNationalSummary(null).issues).toMatchObject([{ code: "schema.invalid-type", path: [] }]);
  });
});

describe("the national summary as an entity", () => {
  it("is the entity national-summary, with its JSON Schema", () => {
    expect(isEntityId("national-summary")).toBe(true);
    expect(entitySchemas["national-summary"]).toBe(nationalSummarySchema);
    const schema = toJsonSchema("national-summary");
    expect(schema.$id).toBe("urn:xhht:schema:national-summary");
    expect(schema).toMatchObject({ type: "object", additionalProperties: false });
    expect(schema.required).toEqual(expect.arrayContaining(["schemaVersion", "year", "expected", "rows", "issues"]));
  });

  it("carries schemaVersion 1, and reads a summary stored without it as version 1", () => {
    expect(summary.schemaVersion).toBe(1);
    const { schemaVersion, ...stored } = summary;
    expect(validateNationalSummary(stored)).toEqual({ ok: true, value: summary, issues: [] });
    expect(validateNationalSummary({ ...summary, schemaVersion: 2 }, { lang: "en" }).issues).toEqual([
      expect.objectContaining({ code: "schema.version-newer", path: ["schemaVersion"] }),
    ]);
  });
});
