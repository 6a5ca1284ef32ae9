import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { sampleReport2020 } from "@xhht/domain";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { tempFolder, xhhtBin } from "../testing/runXhht.ts";

/** A module hook that refuses to resolve the yaml package: a process that imports it fails. */
const hooks = `export async function resolve(specifier, context, next) {
  if (specifier === "yaml" || specifier.startsWith("yaml/")) throw new Error("the yaml parser was loaded");
  return next(specifier, context);
}`;
const noYaml = `data:text/javascript,${encodeURIComponent(
  `import { register } from "node:module"; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`,
)}`;

/** The same for `require` (the built `xhht validate` is CommonJS), which Node 20's module hooks do not see. */
const noYamlRequire = `const Module = require("node:module");
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === "yaml" || request.startsWith("yaml/")) throw new Error("the yaml parser was loaded");
  return resolveFilename.call(this, request, ...rest);
};`;

/** `xhht validate report <file>` in a process where loading yaml fails. */
const validateWithoutYaml = (folder: string, file: string) =>
  new Promise<{ status: number; output: string }>((resolve) => {
    writeFileSync(join(folder, "no-yaml.cjs"), noYamlRequire);
    execFile(
      process.execPath,
      [
        "--import",
        noYaml,
        "--require",
        join(folder, "no-yaml.cjs"),
        xhhtBin,
        "validate",
        "report",
        file,
        "--lang",
        "en",
      ],
      { cwd: folder, encoding: "utf8" },
      (error, stdout, stderr) =>
        resolve({ status: error === null ? 0 : Number(error.code ?? -1), output: stdout + stderr }),
    );
  });

describe("readJson", () => {
  it("reads and locates a JSON file without loading the yaml parser, which only YAML input needs", async () => {
    const folder = tempFolder();
    writeFileSync(join(folder, "report.json"), JSON.stringify({ ...sampleReport2020, number: 0 }, null, 2));
    writeFileSync(join(folder, "report.yaml"), stringify(sampleReport2020));
    const json = await validateWithoutYaml(folder, "report.json");
    expect(json.output).not.toContain("the yaml parser was loaded");
    expect(json.output).toMatch(/report\.json:\d+:\d+/u);
    expect(json.status).toBe(1);
    const yaml = await validateWithoutYaml(folder, "report.yaml");
    expect(yaml.output).toContain("the yaml parser was loaded");
  });
});
