// Writes the API reference in docs/api/ from the packages' TSDoc with TypeDoc (typedoc.json); with --check, writes it
// to a temporary directory instead and fails when docs/api/ differs from it or when TypeDoc reports any warning.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { Application, PackageJsonReader, TSConfigReader, TypeDocReader } from "typedoc";

const root = join(import.meta.dirname, "..");
const committed = join(root, "docs", "api");
const check = process.argv.includes("--check");

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"))
    .sort();

/** Runs TypeDoc with typedoc.json into `out`; returns the number of warnings and errors it reported. */
const generate = async (out: string): Promise<{ warnings: number; errors: number }> => {
  process.chdir(root);
  const app = await Application.bootstrapWithPlugins(
    // Warnings are counted below instead, so that `pnpm docs:api` still writes the reference while they are fixed.
    { options: join(root, "typedoc.json"), out, treatWarningsAsErrors: false },
    [new TypeDocReader(), new PackageJsonReader(), new TSConfigReader()],
  );
  const project = await app.convert();
  if (project) {
    app.validate(project);
    await app.generateOutputs(project);
  } else {
    app.logger.error("TypeDoc could not convert the packages");
  }
  return { warnings: app.logger.warningCount, errors: app.logger.errorCount };
};

const differences = (expectedDir: string, actualDir: string): string[] => {
  const expected = filesUnder(expectedDir);
  const actual = filesUnder(actualDir);
  const problems: string[] = [];
  for (const file of expected) {
    if (!actual.includes(file)) problems.push(`missing: docs/api/${file}`);
    else if (readFileSync(join(expectedDir, file), "utf8") !== readFileSync(join(actualDir, file), "utf8")) {
      problems.push(`out of date: docs/api/${file}`);
    }
  }
  for (const file of actual) if (!expected.includes(file)) problems.push(`not generated any more: docs/api/${file}`);
  return problems;
};

if (check) {
  const temp = mkdtempSync(join(tmpdir(), "xhht-api-"));
  try {
    const { warnings, errors } = await generate(temp);
    let failed = false;
    if (warnings + errors > 0) {
      console.error(`TypeDoc reported ${errors} errors and ${warnings} warnings (listed above): fix the TSDoc`);
      failed = true;
    }
    const problems = errors > 0 ? [] : differences(temp, committed);
    if (problems.length > 0) {
      console.error(`docs/api is out of date: run \`pnpm docs:api\` and commit the result\n  ${problems.join("\n  ")}`);
      failed = true;
    }
    if (failed) process.exitCode = 1;
    else console.log(`docs/api matches the TSDoc (${filesUnder(committed).length} files), no TypeDoc warnings`);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
} else {
  const { warnings, errors } = await generate(committed);
  if (warnings + errors > 0) {
    console.error(
      `TypeDoc reported ${errors} errors and ${warnings} warnings: \`pnpm test:docs\` fails until they are fixed`,
    );
    if (errors > 0) process.exitCode = 1;
  }
}
