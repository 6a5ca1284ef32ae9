import { describe, expect, it } from "vitest";
import { directive2020 } from "../../data/directive2020.ts";
import { sampleForwardingRequest2020 } from "../../data/sampleForwardingRequest2020.ts";
import { expectRulesSurviveRefusal } from "../../testing/expectRulesSurviveRefusal.ts";
import { forwardingRequestSchema } from "./ForwardingRequest.ts";
import { validateForwardingRequest } from "./validateForwardingRequest.ts";

const codes = (patch: Record<string, unknown>) =>
  validateForwardingRequest({ ...sampleForwardingRequest2020, ...patch }, { directive: directive2020 }).issues.map(
    (issue) => issue.code,
  );

describe("validateForwardingRequest", () => {
  it("accepts the sample request without any issue", () => {
    const result = validateForwardingRequest(sampleForwardingRequest2020, { directive: directive2020 });
    expect(result).toMatchObject({ ok: true, issues: [] });
  });

  it("flags a letter dated before the Ministry's (forwarding.dated-before-directive)", () => {
    expect(codes({ date: "2020-09-14" })).toEqual(["forwarding.dated-before-directive"]);
    expect(codes({ date: "2020-09-15" })).toEqual([]);
  });

  it("flags a deadline after the Ministry's last day (forwarding.deadline-after-ministry)", () => {
    const result = validateForwardingRequest(
      { ...sampleForwardingRequest2020, reportDeadline: "2020-10-30" },
      { directive: directive2020, lang: "en" },
    );
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: "forwarding.deadline-after-ministry",
        path: ["reportDeadline"],
        params: { deadline: "2020-10-30", lastDay: "2020-10-29" },
      }),
    ]);
    expect(codes({ reportDeadline: "2020-10-29" })).toEqual([]);
  });

  it("flags a province that does not exist on the letter's date", () => {
    expect(codes({ province: "99" })).toEqual(["province.unknown"]);
  });
});

describe("validateForwardingRequest in one round", () => {
  const options = { directive: directive2020 };

  it("keeps the rule issues it can trust when any one field is refused", () => {
    const flawed: Record<string, unknown> = {
      ...sampleForwardingRequest2020,
      province: "99",
      date: "2025-08-01",
      reportDeadline: "2025-11-15",
      recipients: ["UBND các huyện"],
      lead: "Phòng GDĐT huyện Ý Yên",
      partners: ["Các phòng giáo dục và đào tạo"],
      reportTo: "UBND cấp huyện",
      copies: ["Như trên"],
    };
    const before = validateForwardingRequest(flawed, options).issues;
    expect(before.map((issue) => issue.path.join("."))).toEqual([
      "province",
      "reportDeadline",
      "copies.0",
      "recipients.0",
      "lead",
      "partners.0",
      "reportTo",
    ]);
    expectRulesSurviveRefusal({
      schema: forwardingRequestSchema,
      validate: (input) => validateForwardingRequest(input, options),
      flawed,
      unread: ["number", "symbol", "place", "issuerName", "directiveIssuerName", "subject", "extra"],
    });
  });
});
