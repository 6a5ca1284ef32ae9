import { describe, expect, it } from "vitest";
import { directive2020 } from "../data/directive2020.ts";
import { sampleCommitteeDecision2020 } from "../data/sampleCommitteeDecision2020.ts";
import { sampleForwardingRequest2020 } from "../data/sampleForwardingRequest2020.ts";
import { samplePlan2020 } from "../data/samplePlan2020.ts";
import { validateCommitteeDecision } from "../entities/committeeDecision/validateCommitteeDecision.ts";
import { validateForwardingRequest } from "../entities/forwardingRequest/validateForwardingRequest.ts";
import { validatePlan } from "../entities/provincialPlan/validatePlan.ts";
import { signatureSchema } from "../fields/documentFields.ts";
import { createTranslator } from "../i18n/createTranslator.ts";
import { signed } from "../testing/signatures.ts";
import { signatureAuthorityIssues } from "./signatureAuthorityIssues.ts";

const t = createTranslator({ lang: "en" });

describe("signatureAuthorityIssues", () => {
  const issuesOf = (issuer: string, signature: unknown, decidingAuthority?: string) =>
    signatureAuthorityIssues(t, { issuer, signature: signatureSchema.parse(signature), decidingAuthority }).map(
      (issue) => [issue.code, issue.path],
    );

  it("asks a People's Committee to sign «TM.» (signature.collective-tm)", () => {
    expect(issuesOf("ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH", signed("KT"))).toEqual([
      ["signature.collective-tm", ["signature", "authority"]],
    ]);
    expect(issuesOf("UỶ BAN NHÂN DÂN TỈNH NAM ĐỊNH", signed("TM", "KT"))).toEqual([]);
    expect(issuesOf("HỘI ĐỒNG NHÂN DÂN TỈNH NAM ĐỊNH", signed("TM", "KT"))).toEqual([]);
    expect(issuesOf("ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH", signed("TUQ"))).toEqual([]);
  });

  it("lets the chairman decide in person without «TM.»", () => {
    expect(issuesOf("ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH", signed("KT"), "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH")).toEqual(
      [],
    );
  });

  it("names the head's title on the line that acts for the head (signature.head-title)", () => {
    const sở = "SỞ GIÁO DỤC VÀ ĐÀO TẠO";
    expect(issuesOf(sở, { authority: [{ kind: "KT", title: "GIÁM ĐỐC" }], title: "PHÓ GIÁM ĐỐC", name: "A" })).toEqual(
      [],
    );
    expect(issuesOf(sở, { authority: [{ kind: "KT", title: "CHỦ TỊCH" }], title: "PHÓ GIÁM ĐỐC", name: "A" })).toEqual([
      ["signature.head-title", ["signature", "authority", 0, "title"]],
    ]);
    expect(issuesOf(sở, { title: "PHÓ GIÁM ĐỐC", name: "A" })).toEqual([
      ["signature.head-title", ["signature", "title"]],
    ]);
    expect(issuesOf("TRƯỜNG ĐẠI HỌC SƯ PHẠM", { title: "HIỆU TRƯỞNG", name: "A" })).toEqual([]);
  });

  it("runs in every validator, and the samples sign as their issuers must", () => {
    expect(validateForwardingRequest(sampleForwardingRequest2020, { directive: directive2020 }).issues).toEqual([]);
    expect(validateCommitteeDecision(sampleCommitteeDecision2020).issues).toEqual([]);
    expect(validatePlan(samplePlan2020, { directive: directive2020 }).issues).toEqual([]);
    const forwarding = validateForwardingRequest(
      { ...sampleForwardingRequest2020, signature: signed("KT") },
      { directive: directive2020, lang: "en" },
    );
    expect(forwarding.ok).toBe(false);
    expect(forwarding.issues).toEqual([
      expect.objectContaining({
        code: "signature.collective-tm",
        severity: "error",
        message: expect.stringContaining("TM. ỦY BAN NHÂN DÂN"),
      }),
    ]);
  });
});
