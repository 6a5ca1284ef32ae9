import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// A bundler keeps a top-level table whose strings are built from templates (`${name} …`) or `+`, as it cannot prove
// the coercion pure: formatDateLine alone would then carry every holiday rule and decision. Plain literals let it go.
const dataFiles = (directory: string): string[] =>
  readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return dataFiles(path);
    return path.includes("/data/") && path.endsWith(".ts") && !path.endsWith(".test.ts") ? [path] : [];
  });

describe("the data tables", () => {
  it.each(dataFiles(import.meta.dirname).map((path) => [relative(import.meta.dirname, path), path]))(
    "%s writes its strings as plain literals, never templates or concatenations",
    (_, path) => {
      const code = readFileSync(path, "utf8")
        .split("\n")
        .filter((line) => !/^\s*(\/\/|\/\*\*|\*)/.test(line));
      expect(code.filter((line) => line.includes("`") || /["']\s*\+|\+\s*["']/.test(line))).toEqual([]);
    },
  );
});
