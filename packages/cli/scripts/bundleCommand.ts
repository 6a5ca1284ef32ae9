// The `xhht` command as it is installed: dist/bin.js and dist/batchWorker.js (the batch's worker thread), bundled with
// the SDK, zod, date-fns and commander, and split by esbuild into chunks that load when a command needs them, so that
// a command reads a few files instead of ~1,000 modules. `xhht validate` is bundled apart, in dist/validateCommand.js:
// esbuild puts every module of @xhht/domain that any command uses into the chunks of all of them (its entry re-exports
// them all), so a chunk of its own would load the documents' code and data too; alone, it holds only the validators.
// It has its own copy of the modules it shares with bin.js: CliError is told by a brand, not by its class. Run by tsup
// (tsup.config.ts) after the library entry. The library entry, dist/index.*, keeps @xhht/* external so that its errors
// are the caller's @xhht/core classes.
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { build, type Metafile, type Plugin } from "esbuild";

/** Left to `node_modules`: the libraries only some commands load (documents, YAML, CSV, the progress bar). */
const external = ["docx", "fflate", "csv-parse", "yaml", "cli-progress"];

const packageName = (specifier: string) => specifier.split("/", specifier.startsWith("@") ? 2 : 1).join("/");

/** The bare imports the output leaves to Node that are not the package's `dependencies`. */
const undeclaredImports = (metafile: Metafile, dependencies: readonly string[]) =>
  Object.values(metafile.outputs)
    .flatMap((output) => output.imports)
    .filter(({ external, path }) => external && !path.startsWith(".") && !path.startsWith("node:"))
    .map(({ path }) => packageName(path))
    .filter((name) => !builtinModules.includes(name) && !dependencies.includes(name));

/** The licence of each third-party package the bundle holds, as its package ships it. */
const licences = (metafile: Metafile) => {
  const roots = new Set(
    Object.keys(metafile.inputs).flatMap((input) => {
      const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//u.exec(input);
      return match?.[1] === undefined ? [] : [match[1]];
    }),
  );
  return [...roots].sort().map((root) => {
    const { name, version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Record<string, string>;
    const file = ["LICENSE", "LICENSE.md", "LICENCE", "license", "LICENSE.txt"].find((n) => existsSync(join(root, n)));
    if (file === undefined) throw new Error(`bundleCommand: ${name} ships no licence file in ${root}`);
    return `${name} ${version}\n\n${readFileSync(join(root, file), "utf8").trim()}\n`;
  });
};

/** What both builds share: ES modules for Node 20, the libraries of `external` left out, licences at the end. */
const common = {
  outdir: "dist",
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external,
  // commander is CommonJS and requires Node's modules; an ES module has no `require` of its own.
  banner: {
    js: 'import { createRequire as xhhtRequire } from "node:module";\nconst require = xhhtRequire(import.meta.url);',
  },
  legalComments: "eof",
  // Node parses every byte of what it imports: minified, `xhht validate` starts ~10 ms sooner. Names are not kept
  // (keeping them costs that time back): the command shows an error by its code and message, never by its class.
  minify: true,
  metafile: true,
  logLevel: "warning",
} as const;

/** runCli's `import("./commands/validate.ts")` becomes an import of the file built apart, beside bin.js. */
const validateApart: Plugin = {
  name: "validate-apart",
  setup(esbuild) {
    esbuild.onResolve({ filter: /^\.\/commands\/validate\.ts$/ }, () => ({
      path: "./validateCommand.js",
      external: true,
    }));
  },
};

export const bundleCommand = async (): Promise<void> => {
  const { dependencies = {} } = JSON.parse(readFileSync("package.json", "utf8")) as {
    dependencies?: Record<string, string>;
  };
  const [command, validate] = await Promise.all([
    build({
      ...common,
      entryPoints: ["src/bin.ts", "src/batchWorker.ts"],
      splitting: true,
      // Chunks sit beside bin.js: `new URL("./batchWorker.js", import.meta.url)` and the guide's path rest on it.
      chunkNames: "[name]-[hash]",
      plugins: [validateApart],
    }),
    build({
      ...common,
      entryPoints: { validateCommand: "src/commands/validate.ts" },
      // Its own chunks, for what it loads on demand (the CSV reader); named apart from the others.
      splitting: true,
      chunkNames: "validate-[name]-[hash]",
    }),
  ]);
  chmodSync("dist/bin.js", 0o755);
  const metafiles = [command.metafile, validate.metafile];
  const undeclared = [
    ...new Set(metafiles.flatMap((metafile) => undeclaredImports(metafile, Object.keys(dependencies)))),
  ];
  if (undeclared.length > 0) {
    throw new Error(
      `bundleCommand: dist imports ${undeclared.join(", ")}, missing from the dependencies of package.json`,
    );
  }
  const notices = [...new Set(metafiles.flatMap(licences))].sort();
  writeFileSync(
    "dist/bin.LICENSES.txt",
    `The third-party code bundled in dist/bin.js, dist/batchWorker.js, dist/validateCommand.js and their chunks, with its licences.\n\n${notices.join("\n---\n\n")}`,
  );
};
