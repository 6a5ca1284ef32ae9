import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import * as core from "./index.ts";

describe("@xhht/core", () => {
  it("exports exactly the base error, the language type's values and the error code tables", () => {
    expect(Object.keys(core).sort()).toEqual([
      "XhhtError",
      "calendarErrorCodes",
      "cliErrorCodes",
      "domainErrorCodes",
      "isLanguage",
      "languages",
      "templateErrorCodes",
    ]);
  });

  it("imports nothing but its own files: it loads before anything else, with none of the SDK", () => {
    const folder = import.meta.dirname;
    const imported = readdirSync(folder, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
      .flatMap((file) =>
        [...readFileSync(resolve(folder, file), "utf8").matchAll(/\bfrom\s+"([^"]+)"|\bimport\(\s*"([^"]+)"/g)].map(
          (match) => `${file}: ${match[1] ?? match[2]}`,
        ),
      );
    expect(imported.filter((entry) => !/: \.\.?\/[\w./]+\.ts$/.test(entry))).toEqual([]);
    expect(imported.length).toBeGreaterThan(0);
  });
});
