import { describe, expect, it } from "vitest";
import { githubSlug, headingText, markdownAnchors, markdownLinks } from "../scripts/markdown-links.ts";

describe("githubSlug", () => {
  it("lower-cases, drops punctuation and turns spaces into hyphens, as GitHub does", () => {
    expect(githubSlug("1. Dates that don't drift")).toBe("1-dates-that-dont-drift");
    expect(githubSlug("xhht validate <kind> <file…>: check data")).toBe("xhht-validate-kind-file-check-data");
    expect(githubSlug("Legal and data sources")).toBe("legal-and-data-sources");
    expect(githubSlug("snake_case and kebab-case")).toBe("snake_case-and-kebab-case");
    expect(githubSlug("Plans - and reports")).toBe("plans---and-reports");
  });

  it("keeps Vietnamese letters with their diacritics, lower-casing Đ to đ", () => {
    expect(githubSlug("Bắt đầu sử dụng")).toBe("bắt-đầu-sử-dụng");
    expect(githubSlug("Đơn vị hành chính: 63 → 34")).toBe("đơn-vị-hành-chính-63--34");
    expect(githubSlug("Công văn 3589/BGDĐT-GDTX")).toBe("công-văn-3589bgdđt-gdtx");
  });

  it("gives the same slug to a heading typed in decomposed Unicode (NFD)", () => {
    expect(githubSlug("Tuần lễ".normalize("NFD"))).toBe("tuần-lễ");
  });
});

describe("headingText", () => {
  it("keeps code spans and link texts, drops emphasis and HTML", () => {
    expect(headingText("The `xhht` command")).toBe("The xhht command");
    expect(headingText("See [the rules](rules.md) **now** <sup>1</sup>")).toBe("See the rules now 1");
    expect(headingText("`snake_case` and _emphasis_")).toBe("snake_case and emphasis");
  });
});

describe("markdownAnchors", () => {
  it("numbers repeated headings as GitHub does, and reads setext headings and HTML anchors", () => {
    const anchors = markdownAnchors('# A\n## A\nA\n---\n<a id="x"></a>\n## A 1\n');
    expect([...anchors]).toEqual(["a", "a-1", "a-2", "x", "a-1-1"]);
  });

  it("ignores headings inside fenced code", () => {
    expect([...markdownAnchors("```sh\n# not a heading\n```\n# Real\n")]).toEqual(["real"]);
  });
});

describe("markdownLinks", () => {
  it("finds inline links, images, definitions, autolinks and HTML links outside code", () => {
    const markdown = [
      'See [rules](rules.md#plan) and ![a preview](previews/a.png "title").',
      "`[not](a-link.md)`",
      "```md",
      "[not](either.md)",
      "```",
      "[ref]: ../README.md",
      '<https://example.org/a> <a href="cli.md#exit-codes">x</a> [spaces](<a b.md>)',
    ].join("\n");
    expect(markdownLinks(markdown)).toEqual([
      { target: "rules.md#plan", line: 1 },
      { target: "previews/a.png", line: 1 },
      { target: "../README.md", line: 6 },
      { target: "a b.md", line: 7 },
      { target: "https://example.org/a", line: 7 },
      { target: "cli.md#exit-codes", line: 7 },
    ]);
  });
});
