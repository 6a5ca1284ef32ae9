import { describe, expect, it } from "vitest";
import { dutiesInForce } from "../admin/dutiesInForce.ts";
import { directive2020 } from "../data/directive2020.ts";
import { sampleForwardingRequest2020 } from "../data/sampleForwardingRequest2020.ts";
import { samplePlan2020 } from "../data/samplePlan2020.ts";
import { directiveSchema } from "../entities/directive/Directive.ts";
import { validateDirective } from "../entities/directive/validateDirective.ts";
import { validateForwardingRequest } from "../entities/forwardingRequest/validateForwardingRequest.ts";
import { validatePlan } from "../entities/provincialPlan/validatePlan.ts";
import type { Issue } from "./Issue.ts";

// Nghị quyết 203/2025/QH15 (16/06/2025): district-level administrative units end their activity from 01/07/2025;
// Luật Tổ chức chính quyền địa phương 2025 (72/2025/QH15): local government at the province and the commune.
const abolished = (issues: readonly Issue[]) => issues.filter((issue) => issue.code === "actor.district-abolished");

/** The 2020 letter re-dated to 2025, after the district level ended. */
const directive2025 = directiveSchema.parse({
  ...directive2020,
  year: 2025,
  letter: { ...directive2020.letter, date: "2025-09-10" },
  week: { start: "2025-10-01", end: "2025-10-07", opening: "2025-10-01" },
  reporting: { ...directive2020.reporting, deadline: { kind: "before", date: "2025-10-30" } },
});
const districtIndex = directive2020.duties.findIndex((duty) => duty.actor === "district-peoples-committee");

describe("actor.district-abolished", () => {
  it("warns when a letter dated from 01/07/2025 gives duties to the district People's Committee", () => {
    expect(abolished(validateDirective(directive2020).issues)).toEqual([]);
    const issues = abolished(validateDirective(directive2025, { lang: "en" }).issues);
    expect(issues).toEqual([
      expect.objectContaining({
        severity: "warning",
        path: ["duties", districtIndex, "actor"],
        params: { date: "2025-09-10", found: "district-peoples-committee" },
        basis: { document: "Nghị quyết 203/2025/QH15; Luật Tổ chức chính quyền địa phương 2025" },
      }),
    ]);
    expect(issues[0]?.message).toContain("01/07/2025");
  });

  it("is silent once the duties are mapped with dutiesInForce", () => {
    const mapped = { ...directive2025, duties: [...dutiesInForce(directive2025.duties, "2025-09-10").duties] };
    expect(abolished(validateDirective(mapped).issues)).toEqual([]);
  });

  it("warns on a forwarding letter from 01/07/2025 sent to the districts' People's Committees", () => {
    expect(
      abolished(validateForwardingRequest(sampleForwardingRequest2020, { directive: directive2020 }).issues),
    ).toEqual([]);
    const request = { ...sampleForwardingRequest2020, province: "37", date: "2025-09-18" };
    const issues = abolished(validateForwardingRequest(request, { directive: directive2025, lang: "vi" }).issues);
    expect(issues.map((issue) => issue.path)).toEqual([["recipients", 1]]);
    expect(issues[0]?.params).toEqual({ date: "2025-09-18", found: "Ủy ban nhân dân các huyện, thành phố" });
    expect(issues[0]?.message).toContain("Ủy ban nhân dân cấp xã");
  });

  it("warns on a plan from 01/07/2025 that makes the district education offices responsible", () => {
    expect(abolished(validatePlan(samplePlan2020, { directive: directive2020 }).issues)).toEqual([]);
    const plan = { ...samplePlan2020, year: 2025, date: "2025-09-20" };
    const paths = abolished(validatePlan(plan, { directive: directive2025 }).issues).map((issue) => issue.path);
    expect(paths).toEqual([
      ["activities", 4, "responsible", 0],
      ["copies", 2],
    ]);
  });
});
