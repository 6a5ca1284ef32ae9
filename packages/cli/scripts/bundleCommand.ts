// The `xhht` command as it is installed: dist/bin.js and dist/batchWorker.js (the batch's worker thread), bundled with
// the SDK, zod, date-fns and commander, and split by esbuild into chunks that load when a command needs them, so that
// a command reads a few files instead of ~1,000 modules. `xhht validate` is bundled apart, as one CommonJS file,
// dist/validateCommand.cjs, that bin.js runs with a compile cache (src/loadWithCompileCache.ts): V8's code cache is
// for scripts, not ES modules, on Node 20. Apart, it also holds only the validators: esbuild puts every module of
// @xhht/domain that any command uses into the chunks of all of them (its entry re-exports them all). It has its own
// copy of the modules it shares with bin.js: CliError is told by a brand, not by its class. Run by tsup
// (tsup.config.ts) after the library entry. The library entry, dist/index.*, keeps @xhht/* external so that its errors
// are the caller's @xhht/core classes.
import { chmodSync, existsSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname, join } from "node:path";
import { build, buildSync, type Metafile, type Plugin } from "esbuild";

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

/** runCli's `import("./commands/validate.ts")` becomes src/bundled/validateCommand.ts, which loads the file built apart. */
const validateApart: Plugin = {
  name: "validate-apart",
  setup(esbuild) {
    esbuild.onResolve({ filter: /^\.\/commands\/validate\.ts$/ }, () => ({
      path: join(process.cwd(), "src/bundled/validateCommand.ts"),
    }));
  },
};

/** The `import { … } from "…";` statements of a module's text: the names each imports (as written) and from where. */
const namedImports = (text: string) =>
  [...text.matchAll(/^import \{([^}]*)\} from "([^"]+)";$/gmu)].map(([, list = "", specifier = ""]) => ({
    names: list
      .split(",")
      .map((name) => name.trim())
      .filter((name) => name !== ""),
    specifier,
  }));

/** The names the source modules `entry` reaches import from `specifier` as values (not `import type`). */
const importedNames = (entry: string, specifier: string): Set<string> => {
  const { metafile } = buildSync({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    outdir: "dist",
    packages: "external",
    platform: "node",
    logLevel: "silent",
  });
  const unnamed = new RegExp(
    `^(?:import (?!\\{|type \\{)|export )[^;]*from "${specifier}";$|(?<!typeof )import\\("${specifier}"\\)`,
    "mu",
  );
  const names = new Set<string>();
  for (const input of Object.keys(metafile.inputs).filter((path) => path.startsWith("src/"))) {
    const text = readFileSync(input, "utf8");
    for (const statement of namedImports(text).filter((each) => each.specifier === specifier)) {
      for (const name of statement.names) if (!name.startsWith("type ")) names.add(name);
    }
    if (unnamed.test(text)) {
      throw new Error(
        `bundleCommand: ${input} imports ${specifier} other than by name, which the command's build needs`,
      );
    }
  }
  return names;
};

/**
 * @xhht/domain's entry for `xhht validate`: a CommonJS module of the names the command imports, each a getter that
 * requires the module defining it, so that a run evaluates only what it uses (the report's schema, not the other ten
 * entities' nor the messages of a language it does not speak), and the file holds no more of the SDK than that.
 * Made from dist/index.js, which tsup writes as imports and one export list; the domain's modules have no side
 * effects (its package.json says so), so the order they run in is free.
 */
const domainOnDemand = (names: ReadonlySet<string>): Plugin => ({
  name: "domain-on-demand",
  setup(esbuild) {
    const entry = realpathSync(join(process.cwd(), "node_modules/@xhht/domain/dist/index.js"));
    esbuild.onResolve({ filter: /^@xhht\/domain$/ }, () => ({ path: entry }));
    esbuild.onLoad({ filter: /\/domain\/dist\/index\.js$/ }, () => {
      const text = readFileSync(entry, "utf8");
      if (text.split("\n").some((line) => /^(?:var|let|const|function|class) /u.test(line))) {
        throw new Error("bundleCommand: @xhht/domain's dist/index.js is no longer only imports and one export list");
      }
      const from = new Map(
        namedImports(text).flatMap(({ names, specifier }) => names.map((name) => [name, specifier] as const)),
      );
      const getters = [...names].sort().map((name) => {
        const specifier = from.get(name);
        if (specifier === undefined || name.includes(" ")) {
          throw new Error(`bundleCommand: @xhht/domain's dist/index.js does not import ${name} under that name`);
        }
        return `  ${name}: { enumerable: true, get: () => require(${JSON.stringify(specifier)}).${name} },`;
      });
      return {
        contents: `Object.defineProperties(exports, {\n${getters.join("\n")}\n});\n`,
        loader: "js",
        resolveDir: dirname(entry),
      };
    });
  },
});

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
      format: "cjs",
      outExtension: { ".js": ".cjs" },
      // What it loads on demand (the CSV reader, English) stays in the file, run when first needed; the libraries
      // left out are required: a script run from a code cache has no dynamic import().
      supported: { "dynamic-import": false },
      banner: { js: 'const xhhtImportMetaUrl = require("node:url").pathToFileURL(__filename).href;' },
      define: { "import.meta.url": "xhhtImportMetaUrl" },
      plugins: [domainOnDemand(importedNames("src/commands/validate.ts", "@xhht/domain"))],
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
    `The third-party code bundled in dist/bin.js, dist/batchWorker.js, dist/validateCommand.cjs and their chunks, with its licences.\n\n${notices.join("\n---\n\n")}`,
  );
};
