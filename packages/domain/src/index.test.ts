import { describe, expect, it } from "vitest";
import { bundleSourceForBrowser } from "../../../test/support/bundleSourceForBrowser.ts";

/** The modules of zod that give bytes to a minified browser bundle of `contents`, relative to zod's folder. */
const zodInBundle = async (contents: string): Promise<string[]> =>
  (await bundleSourceForBrowser(contents)).contributors
    .filter((path) => path.includes("/zod/"))
    .map((path) => path.replace(/.*\/zod\//, ""));

/** What a validator's bundle must not carry: zod classic's methods, its locales, the JSON Schema processors. */
const unwanted = (modules: readonly string[]) =>
  modules.filter((path) => /^v4\/(?:classic\/|locales\/|core\/json-schema)/.test(path));

describe("a browser bundle of an import of @xhht/domain", () => {
  it("would see zod classic, its locales and its JSON Schema processors", async () => {
    const classic = await zodInBundle('import * as z from "zod"; export const code = z.string().min(1);');
    expect(unwanted(classic)).toEqual(expect.arrayContaining(["v4/classic/schemas.js", "v4/locales/en.js"]));
    const jsonSchema = await zodInBundle('import * as z from "zod/mini"; export const json = z.toJSONSchema(z.int());');
    expect(unwanted(jsonSchema)).toContain("v4/core/json-schema-processors.js");
  }, 30_000);

  for (const name of ["validateReport", "validatePlan", "signatureSchema", "provincialReportSchema"]) {
    it(`carries zod's functional API alone for ${name}: no classic methods, locales or JSON Schema processors`, async () => {
      const modules = await zodInBundle(`export { ${name} } from "@xhht/domain";`);
      expect(modules).toContain("v4/mini/schemas.js");
      expect(unwanted(modules)).toEqual([]);
    }, 30_000);
  }
});
