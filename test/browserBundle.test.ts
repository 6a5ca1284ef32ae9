import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Plugin } from "esbuild";
import { describe, expect, it } from "vitest";
import { bundleSourceForBrowser } from "./support/bundleSourceForBrowser.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Bundles a module for the browser, packages from their TypeScript source; records every Node built-in it imports. */
const bundleForBrowser = async (contents: string) => {
  const nodeImports: string[] = [];
  const recordBuiltins: Plugin = {
    name: "record-node-builtins",
    setup(esbuild) {
      esbuild.onResolve({ filter: /.*/ }, (args) => {
        const bare = args.path.split("/")[0] ?? args.path;
        if (!args.path.startsWith("node:") && !builtins.has(bare)) return undefined;
        nodeImports.push(`${args.path} (from ${args.importer.replace(root, "")})`);
        return { path: args.path, external: true };
      });
    },
  };
  const { code, errors, inputs } = await bundleSourceForBrowser(contents, { plugins: [recordBuiltins] });
  return { nodeImports, errors, inputs, bytes: code.byteLength, gzipped: gzipSync(code).byteLength };
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe("the runtime of each package in a browser bundle", () => {
  it("would see a Node built-in, with or without the node: prefix", async () => {
    const bundle = await bundleForBrowser('export { readFileSync } from "node:fs"; export { join } from "path";');
    expect(bundle.nodeImports.map((entry) => entry.split(" ")[0])).toEqual(["node:fs", "path"]);
  });

  for (const name of ["calendar", "domain", "templates"]) {
    it(`bundles @xhht/${name} from its TypeScript source for platform browser, with no Node built-in`, async () => {
      const bundle = await bundleForBrowser(`export * from "@xhht/${name}";`);
      expect(bundle.errors).toEqual([]);
      expect(bundle.nodeImports).toEqual([]);
      expect(bundle.inputs).toContain(`packages/${name}/src/index.ts`);
      expect(bundle.bytes).toBeGreaterThan(1000);
      console.log(`@xhht/${name}: browser bundle ${kb(bundle.bytes)} minified, ${kb(bundle.gzipped)} gzipped`);
    }, 30_000);
  }
});
