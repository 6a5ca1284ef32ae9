import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import * as calendar from "./index.ts";

const index = readFileSync(resolve(import.meta.dirname, "index.ts"), "utf8");

/** Every name index.ts exports, with the file it comes from and whether it is a type only. */
const exported = [...index.matchAll(/^export\s+(type\s+)?\{([^}]*)\}\s+from\s+"([^"]+)";/gm)].flatMap((match) =>
  (match[2] as string)
    .split(",")
    .map((name) => name.trim())
    .filter((name) => name !== "")
    .map((name) => ({
      name: name.replace(/^type\s+/, ""),
      type: match[1] !== undefined || name.startsWith("type "),
      file: match[3] as string,
    })),
);

const core = resolve(import.meta.dirname, "../../core/src");

/**
 * The TSDoc block right above `export const|function|class|type|interface name` in `file`, if any; for a name the
 * file re-exports from @xhht/core (XhhtError, Language, the error codes), the block in core's source.
 */
const docBlock = (file: string, name: string): string | undefined => {
  const text = readFileSync(resolve(import.meta.dirname, file), "utf8");
  if (new RegExp(`^export (?:type )?\\{[^}]*\\b${name}\\b[^}]*\\} from "@xhht/core";`, "m").test(text)) {
    return readdirSync(core, { recursive: true, encoding: "utf8" })
      .filter((entry) => entry.endsWith(".ts") && !entry.endsWith(".test.ts"))
      .map((entry) => docBlock(resolve(core, entry), name))
      .find((block) => block !== undefined);
  }
  const declaration = new RegExp(`^export (?:const|function|class|type|interface) ${name}\\b`, "m").exec(text);
  if (!declaration) return undefined;
  const before = text.slice(0, declaration.index).trimEnd();
  if (!before.endsWith("*/")) return undefined;
  const start = before.lastIndexOf("/**");
  return start === -1 ? undefined : before.slice(start);
};

describe("the TSDoc of @xhht/calendar's exports", () => {
  it("reads every export of index.ts, and index.ts re-exports by name only", () => {
    expect(index).not.toMatch(/export \*/);
    expect(index).not.toMatch(/\bas\b/);
    const values = exported.filter((entry) => !entry.type).map((entry) => entry.name);
    expect([...values].sort()).toEqual(Object.keys(calendar).sort());
    expect(exported.length).toBeGreaterThan(values.length);
  });

  it.each(exported.map((entry) => [entry.name, entry.file]))(
    "documents %s (%s) with a TSDoc block that has an @example in a ts fence",
    (name, file) => {
      const block = docBlock(file, name);
      expect(block, `${name} in ${file} has no /** … */ block right above its declaration`).toBeDefined();
      expect(block, `${name} in ${file}: the TSDoc block has no @example`).toMatch(/@example\s*\n\s*\*\s*```ts\n/);
    },
  );
});
