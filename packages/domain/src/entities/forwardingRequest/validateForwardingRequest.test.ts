import { describe, expect, it } from "vitest";
import { directive2020 } from "../../data/directive2020.ts";
import { sampleForwardingRequest2020 } from "../../data/sampleForwardingRequest2020.ts";
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
