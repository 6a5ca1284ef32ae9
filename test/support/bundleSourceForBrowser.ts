import { fileURLToPath } from "node:url";
import { build, type Message, type Plugin } from "esbuild";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** A browser bundle of the SDK's source: its code, and the files that gave it bytes (relative to the repository). */
export interface SourceBundle {
  readonly code: Uint8Array;
  readonly errors: readonly Message[];
  /** Every file the bundle read, whether it gave bytes or not. */
  readonly inputs: readonly string[];
  /** The files that gave the minified output at least one byte. */
  readonly contributors: readonly string[];
}

/**
 * Bundles `contents` (an ES module resolved from the repository's root) for the browser as a page would, the SDK's
 * packages from their TypeScript source (`@xhht/source`): one ESM file, minified unless `minify` is false.
 */
export const bundleSourceForBrowser = async (
  contents: string,
  options: { readonly minify?: boolean; readonly plugins?: Plugin[] } = {},
): Promise<SourceBundle> => {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: "ts" },
    absWorkingDir: root,
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    conditions: ["@xhht/source"],
    minify: options.minify ?? true,
    metafile: true,
    logLevel: "silent",
    plugins: options.plugins ?? [],
  });
  const [output] = Object.values(result.metafile.outputs);
  return {
    code: result.outputFiles[0]?.contents ?? new Uint8Array(),
    errors: result.errors,
    inputs: Object.keys(result.metafile.inputs),
    contributors: Object.entries(output?.inputs ?? {})
      .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
      .map(([path]) => path),
  };
};
