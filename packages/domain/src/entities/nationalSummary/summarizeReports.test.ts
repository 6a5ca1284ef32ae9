import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { directive2020 } from "../../data/directive2020.ts";
import { sampleReport2020 } from "../../data/sampleReport2020.ts";
import type { ProvincialReport } from "../provincialReport/ProvincialReport.ts";
import { summarizeReports } from "./summarizeReports.ts";

const report = (province: string, change: (draft: ProvincialReport) => void = () => {}): ProvincialReport => {
  const draft = structuredClone(sampleReport2020) as ProvincialReport;
  draft.province = province;
  change(draft);
  return draft;
};
const options = { year: 2020, directive: directive2020 };

describe("summarizeReports", () => {
  it("totals every measure across the provinces' reports", () => {
    const summary = summarizeReports([report("36"), report("01"), report("79")], options);
    expect(summary.rows.map((row) => row.province)).toEqual(["01", "36", "79"]);
    expect(summary.totals.learners).toBe(3 * 2140);
    expect(summary.totals.books).toBe(3 * 96_000);
    expect(summary.totals.examples).toBe(3 * 27);
    expect(summary.totals.individuals).toBe(3 * 35);
    expect(summary.totals.budgetSpent).toBe(3 * 44_800_000);
    expect(summary.rows[0]).toMatchObject({ name: "Thành phố Hà Nội", daysLate: 0, submittedOn: "2020-10-27" });
  });

  it("lists the provinces in force that have not reported", () => {
    const summary = summarizeReports([report("36")], options);
    expect(summary.expected).toBe(63);
    expect(summary.missing).toHaveLength(62);
    expect(summary.missing).toContainEqual({ province: "01", name: "Thành phố Hà Nội" });
    expect(summary.issues.filter((issue) => issue.code === "summary.missing")).toHaveLength(62);
  });

  it("lists late reports with their days late", () => {
    const late = report("01", (r) => (r.submittedAt = "2020-10-31T10:00:00+07:00"));
    expect(summarizeReports([report("36"), late], options).late).toEqual([{ index: 1, province: "01", daysLate: 2 }]);
  });

  it("counts a report sent on the working day a Sunday last day rolled to as on time (Bộ luật Dân sự 2015, Điều 148.5)", () => {
    const of2022 = (province: string, submittedAt: string) =>
      report(province, (r) => {
        r.year = 2022;
        r.date = "2022-10-28" as ProvincialReport["date"];
        r.submittedAt = submittedAt;
      });
    const summary = summarizeReports(
      [of2022("01", "2022-10-31T10:00:00+07:00"), of2022("36", "2022-11-01T10:00:00+07:00")],
      { year: 2022, deadline: { kind: "before", date: "2022-10-31" } },
    );
    expect(summary.rejected).toEqual([]);
    expect(summary.late).toEqual([{ index: 1, province: "36", daysLate: 1 }]);
  });

  it("keeps the earliest of two reports from one province and refuses the other, saying which was kept", () => {
    const first = report("36", (r) => (r.submittedAt = "2020-10-20T08:00:00+07:00"));
    const again = report("36", (r) => (r.activities[0]!.measures = { articles: 1 }));
    const summary = summarizeReports([again, first], options);
    expect(summary.rows.map((row) => row.index)).toEqual([1]);
    expect(summary.duplicates).toEqual([{ index: 0, province: "36", kept: 1 }]);
    expect(summary.totals.articles).toBe(48);
    expect(summary.issues).toContainEqual(
      expect.objectContaining({ code: "summary.duplicate", path: [0, "province"] }),
    );
  });

  it("refuses invalid reports and reports of another year, with their issues", () => {
    const summary = summarizeReports([{ nonsense: true }, report("01", (r) => (r.year = 2021)), report("36")], options);
    expect(summary.rejected.map((entry) => entry.index)).toEqual([0, 1]);
    expect(summary.rejected[1]!.issues.map((issue) => issue.code)).toEqual(["summary.year-mismatch"]);
    expect(summary.issues.filter((issue) => issue.path[0] === 0).length).toBeGreaterThan(0);
  });

  it("expects the 34 provinces of the reform for a Week after 1 July 2025", () => {
    const summary = summarizeReports([], { year: 2025 });
    expect(summary.expected).toBe(34);
    expect(summary.missing).toHaveLength(34);
  });

  it("accounts for every input exactly once, and its totals are the sum of its rows", () => {
    const codes = ["01", "36", "79", "48", "46"];
    const entry = fc.oneof(
      fc
        .record({ province: fc.constantFrom(...codes), day: fc.integer({ min: 26, max: 31 }), learners: fc.nat(5000) })
        .map(
          ({ province, day, learners }) =>
            report(province, (r) => {
              r.submittedAt = `2020-10-${day}T12:00:00+07:00`;
              r.activities[3]!.measures = { classes: 1, learners };
            }) as unknown,
        ),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), (inputs) => {
        const summary = summarizeReports(inputs, options);
        const seen = [
          ...summary.rows.map((row) => row.index),
          ...summary.rejected.map((item) => item.index),
          ...summary.duplicates.map((item) => item.index),
        ].sort((a, b) => a - b);
        expect(seen).toEqual(inputs.map((_, index) => index));
        expect(summary.totals.learners).toBe(summary.rows.reduce((sum, row) => sum + row.measures.learners, 0));
        expect(new Set(summary.rows.map((row) => row.province)).size).toBe(summary.rows.length);
        expect(summary.missing.length + summary.rows.length).toBe(summary.expected);
      }),
      { numRuns: 100 },
    );
  });

  it("accounts for a hole in the input array as a refused entry", () => {
    // biome-ignore lint/suspicious/noSparseArray: the holes are the point
    const summary = summarizeReports([report("01"), , ,], options);
    expect(summary.rows.map((row) => row.index)).toEqual([0]);
    expect(summary.rejected.map((entry) => entry.index)).toEqual([1, 2]);
    expect(summary.rejected[0]!.issues).toEqual([expect.objectContaining({ code: "schema.missing", path: [] })]);
  });

  it("refuses one report with an instant the calendar cannot read and counts the other 9,999", () => {
    const inputs: unknown[] = Array.from({ length: 10_000 }, () => report("01"));
    inputs[4_321] = report("36", (r) => (r.submittedAt = "9999-12-31T23:00:00Z"));
    inputs[4_322] = report("79", (r) => (r.submittedAt = "2020-10-27T09:15:00.1234567890+07:00"));
    const summary = summarizeReports(inputs, options);
    expect(summary.rows).toHaveLength(1);
    expect(summary.duplicates).toHaveLength(9_997);
    expect(summary.rejected).toEqual([
      { index: 4_321, issues: [expect.objectContaining({ code: "instant.out-of-range", path: ["submittedAt"] })] },
      { index: 4_322, issues: [expect.objectContaining({ code: "report.submitted-at", path: ["submittedAt"] })] },
    ]);
  });

  it("refuses, as unreadable, an entry whose getters or Proxy traps throw", () => {
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    const inputs = [
      Object.defineProperty(report("01"), "activities", {
        get: () => {
          throw new Error("boom");
        },
        enumerable: true,
      }),
      new Proxy(report("36"), {
        get: () => {
          throw new TypeError("trap");
        },
      }),
      revoked,
      report("79"),
    ];
    const summary = summarizeReports(inputs, { ...options, lang: "en" });
    expect(summary.rows.map((row) => row.index)).toEqual([3]);
    expect(summary.rejected.map((entry) => entry.index)).toEqual([0, 1, 2]);
    for (const entry of summary.rejected) {
      expect(entry.issues).toEqual([expect.objectContaining({ code: "schema.unreadable", path: [] })]);
    }
    expect(summary.rejected[0]!.issues[0]!.message).toContain("Error: boom");
  });

  it("refuses the report that would carry a total past Number.MAX_SAFE_INTEGER, keeping every sum exact", () => {
    const big = report("01", (r) => (r.budgetSpent = Number.MAX_SAFE_INTEGER));
    const more = report("36", (r) => (r.budgetSpent = 2));
    const summary = summarizeReports([big, more], options);
    expect(summary.totals.budgetSpent).toBe(Number.MAX_SAFE_INTEGER);
    expect(summary.rows.map((row) => row.index)).toEqual([0]);
    expect(summary.rejected).toEqual([
      {
        index: 1,
        issues: [
          expect.objectContaining({
            code: "summary.total-overflow",
            path: ["budgetSpent"],
            params: { field: "budgetSpent", maximum: Number.MAX_SAFE_INTEGER },
          }),
        ],
      },
    ]);
    expect(summary.issues).toContainEqual(
      expect.objectContaining({ code: "summary.total-overflow", path: [1, "budgetSpent"] }),
    );
  });

  it("refuses a report whose own activities add up past the safe range", () => {
    const huge = report("01", (r) => {
      r.activities[0]!.measures = { articles: Number.MAX_SAFE_INTEGER };
      r.activities[1]!.measures = { articles: Number.MAX_SAFE_INTEGER };
    });
    const summary = summarizeReports([huge], options);
    expect(summary.rows).toEqual([]);
    expect(summary.rejected[0]!.issues[0]).toMatchObject({ code: "summary.total-overflow", path: ["activities"] });
    expect(summary.totals.articles).toBe(0);
  });

  it("throws a DomainError for inputs that are not an array or options without a valid year", () => {
    expect(() => summarizeReports(null as never, options)).toThrow(
      expect.objectContaining({ code: "domain.invalid-argument" }),
    );
    expect(() => summarizeReports([], undefined as never)).toThrow(
      expect.objectContaining({ code: "domain.invalid-option" }),
    );
    expect(() => summarizeReports([], { year: 1990 })).toThrow(
      expect.objectContaining({ code: "domain.invalid-option" }),
    );
  });

  it("puts each index of any array, sparse or hostile, in exactly one of rows, rejected and duplicates", () => {
    const hostile = fc.constantFrom(
      () =>
        Object.defineProperty({}, "year", {
          get: () => {
            throw new Error("getter");
          },
          enumerable: true,
        }),
      () =>
        new Proxy(report("01"), {
          ownKeys: () => {
            throw new Error("ownKeys");
          },
        }),
      () =>
        new Proxy(report("36"), {
          getOwnPropertyDescriptor: () => {
            throw new Error("descriptor");
          },
        }),
      () =>
        new Proxy(report("79"), {
          get: (target, key) => {
            if (key === "submittedAt") throw 42;
            return Reflect.get(target, key);
          },
        }),
      () => {
        const { proxy, revoke } = Proxy.revocable(report("48"), {});
        revoke();
        return proxy;
      },
      () => report("46", (r) => (r.budgetSpent = Number.MAX_SAFE_INTEGER)),
      () => report("01", (r) => (r.submittedAt = "0000-01-01T00:00:00Z")),
    );
    // fast-check inspects what it generates: the hostile objects are made only inside the property.
    const entry = fc.oneof(
      fc.constantFrom("01", "36", "79").map((province) => () => report(province) as unknown),
      hostile,
      fc.anything().map((value) => () => value),
      fc.constantFrom(null, undefined, 0, Number.NaN, "", [], {}).map((value) => () => value),
    );
    fc.assert(
      fc.property(fc.sparseArray(entry, { maxLength: 12 }), (makers) => {
        const inputs = makers.map((make) => make());
        const summary = summarizeReports(inputs, options);
        const seen = [
          ...summary.rows.map((row) => row.index),
          ...summary.rejected.map((item) => item.index),
          ...summary.duplicates.map((item) => item.index),
        ].sort((a, b) => a - b);
        expect(seen).toEqual(Array.from({ length: inputs.length }, (_, index) => index));
        expect(summary.rows.length + summary.rejected.length + summary.duplicates.length).toBe(inputs.length);
        for (const total of Object.values(summary.totals)) expect(Number.isSafeInteger(total)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
