import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { outsideReferences } from "./outsideReferences.ts";

const root = new URL("../../", import.meta.url);

const repositoryFiles = () =>
  execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
  })
    .split("\0")
    .filter((file) => file !== "");

describe("the repository stands alone", () => {
  it("has no file that names a path outside it", () => {
    const found = repositoryFiles().flatMap((file) => {
      let bytes: Buffer;
      try {
        bytes = readFileSync(new URL(file, root));
      } catch {
        return []; // deleted in the working tree, not yet in git's index
      }
      if (bytes.includes(0)) return [];
      return outsideReferences(file, bytes.toString("utf8"), { climbing: !file.endsWith("pnpm-lock.yaml") });
    });
    expect(found.map((place) => `${place.file}:${place.line}: ${place.text} (${place.why})`)).toEqual([]);
  });

  it("finds the material beside the repository, a developer's paths and paths that climb out", () => {
    // Written in pieces, so that this file does not name them itself.
    const up = "../";
    const beside = ["sha", "red"].join("");
    const found = (file: string, text: string) => outsideReferences(file, text).map((place) => place.text);
    expect(found("test/a.test.ts", `new URL("${up}${up}${beside}/seed/000.txt", import.meta.url)`)).toEqual([
      `${up}${beside}`,
      `${up}${up}${beside}/seed/000.txt`,
    ]);
    expect(found("test/x.ts", `new URL("${up}${beside}/ooxml-schemas/", repoRoot)`)).toEqual([`${up}${beside}`]);
    expect(found("packages/domain/src/a.ts", `// from ${beside}/reference/editions.md`)).toEqual([
      `${beside}/reference`,
    ]);
    const note = ["reference/calendar", "md"].join(".");
    expect(found("src/a.ts", `// from \`${note}\``)).toEqual([note]);
    const machine = ["", "work", "main", "x.json"].join("/");
    expect(found("scripts/a.ts", `readFileSync("${machine}")`)).toEqual([machine]);
    expect(found("docs/a.md", `[design](${up}${up}DESIGN.md)`)).toEqual([`${up}${up}DESIGN.md`]);
  });

  it("accepts paths that stay inside and the system's own paths", () => {
    const found = (file: string, text: string) => outsideReferences(file, text);
    expect(found("packages/cli/tsconfig.json", '{ "extends": "../../tsconfig.base.json" }')).toEqual([]);
    expect(found("test/ooxml/v.ts", 'new URL("../../", import.meta.url)')).toEqual([]);
    expect(found("test/fixtures/ooxml-schemas/microsoft/wml-2010.xsd", 'schemaLocation="../ISO/wml.xsd"')).toEqual([]);
    expect(found("examples/web-portal/t.ts", 'executablePath: "/usr/bin/chromium"')).toEqual([]);
    expect(found("docs/a.md", "the shared build config; a value shared by two rules")).toEqual([]);
    expect(found("packages/cli/src/a.ts", "https://example.org/work/x and ./shared/x")).toEqual([]);
  });

  it("reads a megabyte of climbing dots at once", () => {
    const started = performance.now();
    outsideReferences("a/b.ts", "../".repeat(350_000));
    outsideReferences("a/b.ts", "/".repeat(1 << 20));
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
