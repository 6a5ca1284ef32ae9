import { readFile } from "node:fs/promises";
import { buildSync, type Plugin } from "esbuild";
import { defineConfig, type Options } from "tsup";
import ts from "typescript";

/** The source files the entries reach through relative imports, as paths relative to the package (`src/…`). */
const sourceModules = (entry: readonly string[]): string[] => {
  const { metafile } = buildSync({
    entryPoints: [...entry],
    bundle: true,
    write: false,
    metafile: true,
    outdir: "dist",
    packages: "external",
    platform: "neutral",
    logLevel: "silent",
  });
  return Object.keys(metafile.inputs).filter((input) => input.startsWith("src/") && input.endsWith(".ts"));
};

const relativeTs = /^\.\.?\/.*\.ts$/;

/**
 * Keeps every source module its own output file: a relative `./x.ts` import stays an import, of `./x.js` in the
 * ESM build and `./x.cjs` in the CommonJS one. With `sideEffects: false`, a consumer's bundler then drops the
 * modules an import does not reach, which it cannot prove of the top-level code of one bundled file.
 */
const keepModules: Plugin = {
  name: "xhht-keep-modules",
  setup(build) {
    const extension = build.initialOptions.format === "cjs" ? ".cjs" : ".js";
    build.onResolve({ filter: relativeTs }, ({ path, kind }) =>
      kind === "entry-point" ? undefined : { path: path.replace(/\.ts$/, extension), external: true },
    );
  },
};

/** Whether computing `node` calls anything, outside the functions and classes it defines. */
const calls = (node: ts.Node): boolean =>
  !ts.isFunctionLike(node) &&
  !ts.isClassLike(node) &&
  (ts.isCallExpression(node) ||
    ts.isNewExpression(node) ||
    ts.isTaggedTemplateExpression(node) ||
    (ts.forEachChild(node, (child) => calls(child) || undefined) ?? false));

/**
 * Computes each top-level value that calls anything (`export const report = z.object({…})`, a table built with
 * `.map`) in an arrow function called at once and annotated `@__PURE__`, an annotation the output keeps: a consumer's
 * bundler then drops a value no import uses, with what computing it reaches (zod, a table it reads from), which it
 * cannot prove free of side effects on its own. The value and when it is computed do not change.
 */
const pureTopLevel: Plugin = {
  name: "xhht-pure-top-level",
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async ({ path }) => {
      let contents = await readFile(path, "utf8");
      const source = ts.createSourceFile(path, contents, ts.ScriptTarget.Latest, true);
      const values = source.statements
        .filter(ts.isVariableStatement)
        .flatMap((statement) => statement.declarationList.declarations.map(({ initializer }) => initializer))
        .filter((value): value is ts.Expression => value !== undefined && calls(value));
      for (const value of values.reverse()) {
        const [start, end] = [value.getStart(source), value.getEnd()];
        contents = `${contents.slice(0, start)}/* @__PURE__ */ (() => (${contents.slice(start, end)}))()${contents.slice(end)}`;
      }
      return { contents, loader: "ts" };
    });
  },
};

/**
 * The one build of every @xhht package: ESM and CommonJS with `.d.ts` and `.d.cts`, from `src/`. Each source module
 * the entries reach is its own file in `dist/` (see `keepModules`); the types are bundled per entry. `bundled: true`
 * puts each entry in one file instead, for programs (the CLI) rather than libraries.
 */
export const packageBuild = (
  entry: string[] = ["src/index.ts"],
  extra: Options = {},
  { bundled = false }: { readonly bundled?: boolean } = {},
) =>
  defineConfig({
    entry: bundled ? entry : sourceModules(entry),
    format: ["esm", "cjs"],
    dts: { entry },
    clean: true,
    target: "node20",
    platform: "neutral",
    splitting: false,
    treeshake: bundled,
    sourcemap: false,
    ...(bundled
      ? {}
      : {
          esbuildPlugins: [keepModules, pureTopLevel],
          // tsconfig.base.json's settings for the output, but an import used only in TSDoc ({@link …}) is dropped, not
          // kept as a bare `import "./x.js"` that a consumer's esbuild warns about (the package has no side effects).
          esbuildOptions: (options) => {
            delete options.tsconfig;
            options.tsconfigRaw = {
              compilerOptions: { strict: true, target: "ES2022", useDefineForClassFields: true },
            };
          },
        }),
    ...extra,
  });
