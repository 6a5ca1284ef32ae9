import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { getRule, listRules } from "@xhht/domain";
import { describe, expect, it } from "vitest";

const packages = join(import.meta.dirname, "..", "packages");
const testText = readdirSync(packages, { recursive: true, encoding: "utf8" })
  .filter((file) => file.includes("src") && file.endsWith(".test.ts") && !file.includes("node_modules"))
  .map((file) => readFileSync(join(packages, file), "utf8"))
  .join("\n");

describe("the rules of @xhht/domain", () => {
  it("have unique ids, each found by getRule", () => {
    const ids = listRules().map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(getRule(id)?.id).toBe(id);
  });

  it("are each exercised by a test of some package that names them", () => {
    const untested = listRules()
      .map((rule) => rule.id)
      .filter((id) => !testText.includes(`"${id}"`));
    expect(untested).toEqual([]);
  });
});
