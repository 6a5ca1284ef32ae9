// validate_reports.py, run by Debian's Python with Debian's jsonschema on the schema @xhht/domain ships, must give
// every fixture the verdict @xhht/domain's own zod schema gives it.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { before, describe, it } from "node:test";

const example = resolve(import.meta.dirname, "..");
const fixtures = join(example, "fixtures");
const files = readdirSync(fixtures)
  .filter((file) => file.endsWith(".json"))
  .sort();
/** Debian's interpreter, with python3-jsonschema; the first `python3` on PATH may be another build without it. */
const python = process.env.XHHT_PYTHON ?? "/usr/bin/python3";
const domainRoot = dirname(createRequire(import.meta.url).resolve("@xhht/domain/package.json"));
const schema = join(domainRoot, "schemas", "provincial-report.json");

interface PythonVerdicts {
  readonly schemaId: string;
  readonly valid: boolean;
  readonly results: readonly {
    readonly file: string;
    readonly valid: boolean;
    readonly errors: readonly { path: string; keyword: string; message: string }[];
  }[];
}

const runScript = (args: readonly string[]) => {
  const run = spawnSync(python, ["validate_reports.py", ...args], { cwd: example, encoding: "utf8" });
  if (run.error) assert.fail(`cannot run ${python}: ${run.error.message}`);
  return run;
};

const pythonVerdicts = (paths: readonly string[]): PythonVerdicts => {
  const run = runScript(["--json", ...paths]);
  assert.ok(run.status === 0 || run.status === 1, `validate_reports.py exited ${run.status}:\n${run.stderr}`);
  return JSON.parse(run.stdout) as PythonVerdicts;
};

const byFile = <T>(entries: readonly (readonly [string, T])[]) => Object.fromEntries(entries);

describe("validate_reports.py", () => {
  let zodVerdicts: Record<string, boolean> = {};

  before(async () => {
    assert.ok(existsSync(schema), `${schema} is missing: run \`pnpm build\` at the repository root first`);
    const { entitySchemas } = await import("@xhht/domain");
    zodVerdicts = byFile(
      files.map((file) => {
        const input: unknown = JSON.parse(readFileSync(join(fixtures, file), "utf8"));
        return [file, entitySchemas["provincial-report"].safeParse(input).success] as const;
      }),
    );
  });

  it("runs on Debian's python3 with the jsonschema library installed", () => {
    const run = spawnSync(
      python,
      ["-c", "import jsonschema.validators; print(jsonschema.validators.Draft202012Validator)"],
      {
        encoding: "utf8",
      },
    );
    assert.equal(
      run.status,
      0,
      `${python} cannot import jsonschema (Draft202012Validator): apt-get install -y python3-jsonschema\n${run.stderr ?? run.error?.message}`,
    );
  });

  it("has fixtures of both verdicts, each named after the verdict @xhht/domain gives it", () => {
    const named = byFile(files.map((file) => [file, file.startsWith("valid-")] as const));
    assert.deepEqual(zodVerdicts, named);
    assert.ok(files.some((file) => zodVerdicts[file]) && files.some((file) => !zodVerdicts[file]));
    assert.ok(files.every((file) => /^(?:valid|invalid)-/.test(file)));
  });

  it("gives every fixture the verdict of @xhht/domain's zod schema", () => {
    const verdicts = pythonVerdicts(files.map((file) => join("fixtures", file)));
    assert.equal(verdicts.schemaId, "urn:xhht:schema:provincial-report");
    const python = byFile(
      verdicts.results.map((result) => [result.file.replace(/^fixtures\//, ""), result.valid] as const),
    );
    assert.deepEqual(python, zodVerdicts);
    assert.equal(verdicts.valid, false);
    for (const result of verdicts.results) {
      assert.equal(result.errors.length === 0, result.valid, `${result.file}: errors listed for a valid file, or none`);
    }
  });

  it("leaves to validateReport the rules the schema cannot express", async () => {
    const { directive2020, validateReport } = await import("@xhht/domain");
    const input: unknown = JSON.parse(readFileSync(join(fixtures, "valid-schema-but-rule-issues.json"), "utf8"));
    const codes = validateReport(input, { directive: directive2020 }).issues.map((issue) => issue.code);
    assert.ok(codes.includes("province.unknown") && codes.includes("report.late"), codes.join(", "));
  });

  it("lists every error of a report with its JSON path", () => {
    const [result] = pythonVerdicts(["fixtures/invalid-many-errors.json"]).results;
    assert.deepEqual([...new Set(result?.errors.map((error) => `${error.path} ${error.keyword}`))].sort(), [
      "$ additionalProperties",
      "$ required",
      "$.activities[0].measures.articles minimum",
      "$.date pattern",
      "$.year type",
    ]);
  });

  it("prints a verdict per file and exits 1 when one is invalid, 0 when all are valid", () => {
    const mixed = runScript(["fixtures/valid-sample-2020.json", "fixtures/invalid-negative-measure.json"]);
    assert.equal(mixed.status, 1, mixed.stderr);
    assert.match(mixed.stdout, /^VALID {4}fixtures\/valid-sample-2020\.json$/m);
    assert.match(mixed.stdout, /^INVALID {2}fixtures\/invalid-negative-measure\.json \(1 error\)$/m);
    assert.match(mixed.stdout, /^ {4}\$\.activities\[0\]\.measures\.articles: -5 is less than the minimum of 0$/m);
    const valid = runScript(files.filter((file) => file.startsWith("valid-")).map((file) => join("fixtures", file)));
    assert.equal(valid.status, 0, valid.stdout + valid.stderr);
  });

  it("takes the schema's path as an argument, and exits 3 when it cannot load it", () => {
    const given = runScript(["--schema", join(domainRoot, "schemas"), "fixtures/valid-sample-2020.json"]);
    assert.equal(given.status, 0, given.stderr);
    const missing = runScript(["--schema", join(example, "no-such-schema.json"), "fixtures/valid-sample-2020.json"]);
    assert.equal(missing.status, 3);
    assert.match(missing.stderr, /cannot load the JSON Schema/);
  });
});
