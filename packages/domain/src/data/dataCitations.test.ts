import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const folder = import.meta.dirname;
const files = readdirSync(folder).filter((name) => name.endsWith(".ts") && !name.endsWith(".test.ts"));

/** Working notes a user cannot look up, where a public document should be cited instead. */
const internal = [/\b[\w-]+\.md\b/, /\bseed\b/i, /\bUNCONFIRMED\b/, /related-documents list/i];

describe("the domain's data files", () => {
  it("cite public documents, never working notes", () => {
    const found = files.flatMap((name) =>
      readFileSync(join(folder, name), "utf8")
        .split("\n")
        .flatMap((line, index) =>
          internal.some((pattern) => pattern.test(line)) ? [`${name}:${index + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(found).toEqual([]);
  });
});
