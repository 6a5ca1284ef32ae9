import { directive2020, sampleReport2020, signingAuthorityLineSchema, validateReport } from "@xhht/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readReportsCsv } from "./readReportsCsv.ts";
import { signatureAuthorityOf } from "./signatureAuthorityOf.ts";

describe("signatureAuthorityOf", () => {
  it("reads a commune committee's chain of authority lines as printed", () => {
    expect(signatureAuthorityOf(" TM. ỦY BAN NHÂN DÂN | KT. CHỦ TỊCH ")).toEqual([
      { kind: "TM", body: "ỦY BAN NHÂN DÂN" },
      { kind: "KT", title: "CHỦ TỊCH" },
    ]);
    expect(signatureAuthorityOf("TL. GIÁM ĐỐC\nKT. CHÁNH VĂN PHÒNG")).toEqual([
      { kind: "TL", title: "GIÁM ĐỐC" },
      { kind: "KT", title: "CHÁNH VĂN PHÒNG" },
    ]);
  });

  it("lets a CSV row carry a commune committee's deputy signature, which the signature rules accept", () => {
    const csv =
      'signature.authority,signature.title,signature.name\n"TM. ỦY BAN NHÂN DÂN | KT. CHỦ TỊCH",PHÓ CHỦ TỊCH,Lê Văn C\n';
    const signature = readReportsCsv(csv).records[0]?.value.signature;
    expect(signature).toEqual({
      authority: [
        { kind: "TM", body: "ỦY BAN NHÂN DÂN" },
        { kind: "KT", title: "CHỦ TỊCH" },
      ],
      title: "PHÓ CHỦ TỊCH",
      name: "Lê Văn C",
    });
    const communeReport = { ...sampleReport2020, issuer: "UBND XÃ MẪU", symbol: "BC-UBND", signature };
    const issues = validateReport(communeReport, { directive: directive2020 }).issues;
    expect(issues.filter((issue) => issue.path[0] === "signature")).toEqual([]);
    const single = {
      ...communeReport,
      signature: { ...(signature as object), authority: [{ kind: "KT", title: "CHỦ TỊCH" }] },
    };
    expect(validateReport(single, { directive: directive2020 }).issues.map((issue) => issue.code)).toContain(
      "signature.collective-tm",
    );
  });

  it("keeps a bare kind for the single-prefix form as written", () => {
    expect(signatureAuthorityOf("KT")).toBe("KT");
    expect(signatureAuthorityOf("TM.")).toBe("TM.");
  });

  it("keeps an item that is not a line as written, so the validator names it", () => {
    expect(signatureAuthorityOf("TM. ỦY BAN NHÂN DÂN | Phó Chủ tịch")).toEqual([
      { kind: "TM", body: "ỦY BAN NHÂN DÂN" },
      "Phó Chủ tịch",
    ]);
  });

  it("gives back every line it is given, whatever the kinds and texts", () => {
    const text = fc.stringMatching(/^[A-ZÀ-Ỹ][A-ZÀ-Ỹ ]{0,30}[A-ZÀ-Ỹ]$/u);
    const lines = fc.array(
      fc.oneof(
        text.map((body) => ({ kind: "TM" as const, body })),
        fc.record({ kind: fc.constantFrom("Q" as const, "KT" as const, "TL" as const, "TUQ" as const), title: text }),
      ),
      { minLength: 1, maxLength: 4 },
    );
    fc.assert(
      fc.property(lines, fc.constantFrom(" | ", "|", "\n", "\r\n"), (chain, separator) => {
        const cell = chain.map((l) => `${l.kind}. ${"body" in l ? l.body : l.title}`).join(separator);
        const read = signatureAuthorityOf(cell);
        expect(read).toEqual(chain);
        for (const item of read as unknown[]) expect(signingAuthorityLineSchema.safeParse(item).success).toBe(true);
      }),
    );
  });
});
