import { readdirSync, readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The document wording sits in this folder as data; the code that lays a document out only refers to it. A string
// literal holding a Vietnamese letter and a space in a non-test file of src/ or of a folder under it (this folder,
// the linter, the fixer and the test helpers aside) is wording that belongs here.
const sourceDir = new URL("../", import.meta.url);

/** Files allowed to hold Vietnamese sentences, and why. */
const exceptions: Record<string, string> = {
  // The Decree 30 profile is itself a data table: each value cites the decree's words as its legal basis.
  "nd30Profile.ts": "cites the decree's own words as the basis of each layout value",
  // The stamp's width depends on @xhht/domain's UrgencyLevel, whose values («KHẨN», «THƯỢNG KHẨN») are codes.
  "blocks/documentMarks.ts": "compares with the values of @xhht/domain's UrgencyLevel",
};

const vietnameseLetter = /[À-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ]/u;
const isWording = (text: string) => vietnameseLetter.test(text) && /\s/u.test(text);

const inlineWording = (file: string): string[] => {
  const source = ts.createSourceFile(file, readFileSync(new URL(file, sourceDir), "utf8"), ts.ScriptTarget.Latest);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node)) &&
      isWording(node.text)
    ) {
      found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
};

/** Folders whose strings are not document wording: the wording itself, and what reads, repairs or tests a .docx. */
const notRenderCode = ["data", "lint", "fix", "testing", "fixtures"];

const codeFiles = readdirSync(sourceDir, { recursive: true, encoding: "utf8" })
  .map((file) => file.split("\\").join("/"))
  .filter(
    (file) =>
      file.endsWith(".ts") &&
      !file.includes(".test") &&
      !(file in exceptions) &&
      !notRenderCode.includes(file.split("/")[0] ?? ""),
  );

describe("the document wording", () => {
  it("is data: no file of the render code holds an inline Vietnamese sentence", () => {
    const found = Object.fromEntries(
      codeFiles.map((file) => [file, inlineWording(file)] as const).filter(([, texts]) => texts.length > 0),
    );
    expect(found).toEqual({});
  });

  it("finds the files it guards", () => {
    expect(codeFiles).toContain("documents/renderNationalSummary.ts");
    expect(codeFiles).toContain("blocks/recipientsBlock.ts");
    expect(codeFiles).toContain("docx/frameDocument.ts");
    expect(codeFiles).toContain("text/dateText.ts");
    expect(codeFiles).toContain("input/parseEntity.ts");
  });
});
