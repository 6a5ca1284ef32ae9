// The `xhht` command as it is installed: dist/bin.js and dist/batchWorker.js (the batch's worker thread), bundled with
// the SDK, zod, date-fns and commander, and split by esbuild into chunks that load when a command needs them, so that
// `xhht validate` reads a few files instead of ~1,000 modules. Run by tsup (tsup.config.ts) after the library entry.
// The bundle carries its own @xhht/core, one copy for all of the command's code; the library entry, dist/index.*,
// keeps @xhht/* external so that its errors are the caller's @xhht/core classes.
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { build, type Metafile } from "esbuild";

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

export const bundleCommand = async (): Promise<void> => {
  const { dependencies = {} } = JSON.parse(readFileSync("package.json", "utf8")) as {
    dependencies?: Record<string, string>;
  };
  const { metafile } = await build({
    entryPoints: ["src/bin.ts", "src/batchWorker.ts"],
    outdir: "dist",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    external,
    // Chunks sit beside bin.js: `new URL("./batchWorker.js", import.meta.url)` and the guide's path rest on it.
    chunkNames: "[name]-[hash]",
    // commander is CommonJS and requires Node's modules; an ES module has no `require` of its own.
    banner: {
      js: 'import { createRequire as xhhtRequire } from "node:module";\nconst require = xhhtRequire(import.meta.url);',
    },
    legalComments: "eof",
    metafile: true,
    logLevel: "warning",
  });
  chmodSync("dist/bin.js", 0o755);
  const undeclared = [...new Set(undeclaredImports(metafile, Object.keys(dependencies)))];
  if (undeclared.length > 0) {
    throw new Error(
      `bundleCommand: dist imports ${undeclared.join(", ")}, missing from the dependencies of package.json`,
    );
  }
  const notices = licences(metafile);
  writeFileSync(
    "dist/bin.LICENSES.txt",
    `The third-party code bundled in dist/bin.js, dist/batchWorker.js and their chunks, with its licences.\n\n${notices.join("\n---\n\n")}`,
  );
};
