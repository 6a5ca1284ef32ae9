import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createTranslator } from "./createTranslator.ts";
import { displayParams } from "./displayParams.ts";

describe("displayParams", () => {
  it("writes civil dates as dd/mm/yyyy and groups the thousands of large numbers in each language", () => {
    const params = { date: "2020-10-30", spent: 44_800_000, year: 2020, days: 3, code: "36", at: "2020-10-30T09:00" };
    expect(displayParams(params, "vi")).toEqual({ ...params, date: "30/10/2020", spent: "44.800.000" });
    expect(displayParams(params, "en")).toEqual({ ...params, date: "30/10/2020", spent: "44,800,000" });
    expect(displayParams({ debt: -1_234_567, half: 12_345.5, count: 12_000 }, "en")).toEqual({
      debt: "-1,234,567",
      half: 12_345.5,
      count: 12_000,
    });
  });

  it("keeps the numbers a message counts with a plural form as numbers, however large", () => {
    const t = createTranslator({ lang: "en" });
    const late = { submittedOn: "2020-10-30", daysLate: 12_345, workingDaysLate: 10_001, lastDay: "1987-01-01" };
    expect(t("report.late", late)).toBe(
      "The report was sent on 30/10/2020, 12345 days (10001 working days) after the last day, 01/01/1987.",
    );
  });

  it("leaves the issue's parameters alone: only the message changes", () => {
    const t = createTranslator({ lang: "en" });
    const params = { submittedOn: "2020-10-27", date: "2020-10-28" };
    expect(t("report.sent-before-dated", params)).toBe(
      "The report was sent (27/10/2020) before the date it bears (28/10/2020).",
    );
    expect(params.submittedOn).toBe("2020-10-27");
  });

  it("groups any safe whole number into digits that read back as the number", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (value) => {
        const shown = String(displayParams({ value }, "vi").value);
        expect(Number(shown.replaceAll(".", ""))).toBe(value);
        if (Math.abs(value) >= 10_000) expect(shown).toMatch(/^-?\d{1,3}(\.\d{3})+$/);
      }),
    );
  });
});
