import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { signingAuthorityChains, signingAuthorityKinds } from "../data/signingAuthorityRules.ts";
import { signed } from "../testing/signatures.ts";
import { documentSymbol, signatureSchema } from "./documentFields.ts";

const codesOf = (input: unknown) =>
  signatureSchema.safeParse(input).error?.issues.map((issue) => [issue.message, issue.path]) ?? [];

describe("signatureSchema", () => {
  it("accepts «TM. ỦY BAN NHÂN DÂN» then «KT. CHỦ TỊCH», and «TL.» then «KT.»", () => {
    expect(signatureSchema.parse(signed("TM", "KT")).authority).toEqual([
      { kind: "TM", body: "ỦY BAN NHÂN DÂN" },
      { kind: "KT", title: "CHỦ TỊCH" },
    ]);
    expect(signatureSchema.safeParse(signed("TL", "KT")).success).toBe(true);
    expect(signatureSchema.safeParse({ title: "GIÁM ĐỐC", name: "Nguyễn Văn A" }).success).toBe(true);
  });

  it("accepts exactly the chains of signingAuthorityChains (signature.authority-chain)", () => {
    const legal = new Set(signingAuthorityChains.map((chain) => chain.join(" ")));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...signingAuthorityKinds), { maxLength: 3 }), (kinds) => {
        const issues = codesOf(signed(...kinds));
        if (legal.has(kinds.join(" "))) expect(issues).toEqual([]);
        else expect(issues).toEqual([["signature.authority-chain", ["authority"]]]);
      }),
    );
    expect(codesOf(signed("KT", "TM"))).toEqual([["signature.authority-chain", ["authority"]]]);
    expect(codesOf(signed("TUQ", "KT"))).toEqual([["signature.authority-chain", ["authority"]]]);
    expect(codesOf(signed("TM", "TL"))).toEqual([["signature.authority-chain", ["authority"]]]);
  });

  it("migrates the deprecated single prefix to a chain of one line", () => {
    expect(
      signatureSchema.parse({ authority: "KT.", actingFor: "GIÁM ĐỐC", title: "PHÓ GIÁM ĐỐC", name: "Nguyễn Văn A" }),
    ).toEqual({ authority: [{ kind: "KT", title: "GIÁM ĐỐC" }], title: "PHÓ GIÁM ĐỐC", name: "Nguyễn Văn A" });
    expect(
      signatureSchema.parse({ authority: "TM.", actingFor: "ỦY BAN NHÂN DÂN", title: "CHỦ TỊCH", name: "Lê Văn C" })
        .authority,
    ).toEqual([{ kind: "TM", body: "ỦY BAN NHÂN DÂN" }]);
    expect(codesOf({ authority: "KT.", title: "PHÓ GIÁM ĐỐC", name: "Nguyễn Văn A" })).toEqual([
      ["signature.authority-pair", ["actingFor"]],
    ]);
  });
});

describe("documentSymbol", () => {
  it("accepts upper-case groups and a mixed-case Phụ lục III abbreviation first («TTr», «CTr», «QyĐ»), nothing else in lower case", () => {
    const accepts = (symbol: string) => documentSymbol.safeParse(symbol).success;
    expect(["KH-SGDĐT", "BGDĐT-GDTX", "TTr-SGDĐT", "CTr-UBND", "QyĐ-UBND", "TrS-VP"].map(accepts)).toEqual(
      Array(6).fill(true),
    );
    expect(["bc-sgdđt", "SGDĐT-TTr", "Ttr-SGDĐT", "TTr", "TTrx-UBND"].map(accepts)).toEqual([
      false,
      false,
      false,
      true,
      false,
    ]);
  });
});
