import { issuerKinds } from "../data/signingAuthorityRules.ts";
import type { Signature } from "../fields/documentFields.ts";
import type { Translate } from "../i18n/createTranslator.ts";
import { createIssue } from "./createIssue.ts";
import type { Issue } from "./Issue.ts";

/**
 * The parts of a document the signing authority depends on.
 *
 * @example
 * ```ts
 * const document: SignedDocument = { issuer: sampleForwardingRequest2020.issuer, signature: sampleForwardingRequest2020.signature };
 * ```
 */
export interface SignedDocument {
  /** The issuing body, upper case as printed: «ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH». */
  readonly issuer: string;
  readonly signature: Signature;
  /** A decision's deciding authority: «CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …» when the head decides in person. */
  readonly decidingAuthority?: string | undefined;
}

const kindOf = (issuer: string) => {
  const name = issuer.normalize("NFC").trim().replace(/^UỶ/u, "ỦY").toLocaleUpperCase("vi");
  return issuerKinds.find((kind) => name.startsWith(kind.prefix));
};

/**
 * The signing authority checked against the kind of issuing body (Decree 30, Điều 13 and Phụ lục I, Phần I,
 * mục II.7.b): a body that works collectively (Ủy ban nhân dân, Hội đồng nhân dân) signs «TM.» before the
 * collective's name (`signature.collective-tm`), unless its head decides in person (a decision of «CHỦ TỊCH ỦY BAN
 * NHÂN DÂN …») or the letter is signed by order or authorisation («TL.», «TUQ.»); the line that acts for the head,
 * or the signer's own title when the head signs, names the head's title: «CHỦ TỊCH», «GIÁM ĐỐC», «BỘ TRƯỞNG»
 * (`signature.head-title`, a warning). Bodies it does not recognise are not checked.
 *
 * @example
 * ```ts
 * const t = createTranslator({ lang: "en" });
 * signatureAuthorityIssues(t, {
 *   issuer: "ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH",
 *   signature: { authority: [{ kind: "KT", title: "CHỦ TỊCH" }], title: "PHÓ CHỦ TỊCH", name: "Trần Văn B" },
 * }); // [{ code: "signature.collective-tm", path: ["signature", "authority"], … }]
 * ```
 */
export const signatureAuthorityIssues = (t: Translate, document: SignedDocument): Issue[] => {
  const kind = kindOf(document.issuer);
  if (kind === undefined) return [];
  const issues: Issue[] = [];
  const lines = document.signature.authority ?? [];
  const personal = document.decidingAuthority?.toLocaleUpperCase("vi").startsWith(kind.headTitle) === true;
  const first = lines[0]?.kind;
  if (kind.collective !== undefined && !personal && first !== "TM" && first !== "TL" && first !== "TUQ") {
    issues.push(
      createIssue(t, "signature.collective-tm", ["signature", "authority"], {
        issuer: document.issuer,
        collective: kind.collective,
      }),
    );
  }
  const index = lines.findIndex((line) => line.kind !== "TM");
  const headLine = lines[index];
  const [found, path] =
    headLine !== undefined && headLine.kind !== "TM"
      ? [headLine.title, ["signature", "authority", index, "title"]]
      : [document.signature.title, ["signature", "title"]];
  if (found.toLocaleUpperCase("vi") !== kind.headTitle) {
    issues.push(createIssue(t, "signature.head-title", path, { found, expected: kind.headTitle }));
  }
  return issues;
};
