import { describe, expect, it } from "vitest";
import { directive2020 } from "../../data/directive2020.ts";
import type { Directive } from "./Directive.ts";
import { reportingLastDay } from "./reportingLastDay.ts";

describe("reportingLastDay", () => {
  it("gives the last day of the directive's reporting deadline", () => {
    expect(reportingLastDay(directive2020)).toBe("2020-10-29");
  });

  it("gives undefined when the calendar cannot tell", () => {
    const far = {
      kind: "within",
      amount: 5,
      unit: "workingDays",
      from: "2300-01-01",
    } as Directive["reporting"]["deadline"];
    expect(reportingLastDay({ ...directive2020, reporting: { ...directive2020.reporting, deadline: far } })).toBe(
      undefined,
    );
  });
});
