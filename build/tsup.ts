import { defineConfig, type Options } from "tsup";

/** The one build of every @xhht package: ESM and CommonJS with `.d.ts` and `.d.cts`, from `src/`. */
export const packageBuild = (entry: Options["entry"] = ["src/index.ts"], extra: Options = {}) =>
  defineConfig({
    entry,
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    target: "node20",
    platform: "neutral",
    splitting: false,
    treeshake: true,
    sourcemap: false,
    ...extra,
  });
