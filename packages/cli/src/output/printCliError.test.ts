import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sampleReport2020 } from "@xhht/domain";
import { describe, expect, it } from "vitest";
import { runInProcess } from "../testing/runInProcess.ts";
import { tempFolder } from "../testing/runXhht.ts";

/** A folder with `r.json` (the sample report), `two.json` (two), `bad.json` (a directive with an error), `taken.docx`, a folder `folder`. */
const workspace = () => {
  const cwd = tempFolder();
  writeFileSync(join(cwd, "r.json"), JSON.stringify(sampleReport2020, null, 2));
  writeFileSync(join(cwd, "two.json"), JSON.stringify([sampleReport2020, sampleReport2020]));
  writeFileSync(join(cwd, "bad.json"), '{\n  "year": 2020\n}\n');
  writeFileSync(join(cwd, "taken.docx"), "mine");
  mkdirSync(join(cwd, "folder"));
  return cwd;
};

describe.concurrent("the error that stops a command, with its code", () => {
  it("as text: `xhht: <where>: error <code>`, the message and the hint on standard error, exit 2", async () => {
    const cwd = workspace();
    const format = await runInProcess(["validate", "report", "r.json", "--directive", "two.json", "--lang", "en"], {
      cwd,
    });
    expect(format.status).toBe(2);
    expect(format.stdout).toBe("");
    expect(format.stderr).toBe(
      "xhht: two.json: error cli.format\n    the directive file must hold exactly one directive\n    fix: write one JSON/YAML object following the directive JSON Schema (xhht schema directive)\n",
    );
    const usage = await runInProcess(["validate", "reprot", "r.json"], { cwd });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^xhht: lỗi cli\.usage\n {4}không có loại dữ liệu «reprot»\n {4}cách sửa: /u);
    const exists = await runInProcess(["generate", "report", "r.json", "-o", "taken.docx", "--lang", "en"], { cwd });
    expect(exists.status).toBe(2);
    expect(exists.stderr).toMatch(/^xhht: taken\.docx: error cli\.exists\n/u);
    // A message of several lines keeps its lines indented under the first.
    const invalid = await runInProcess(["validate", "report", "r.json", "--directive", "bad.json", "--lang", "en"], {
      cwd,
    });
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toMatch(
      /^xhht: bad\.json:\d+: error cli\.format\n {4}the directive is not valid:\n {4}bad\.json:/u,
    );
  });

  it("with --format json: one JSON object on standard output, { ok: false, error: { file, line, code, message, hint } }", async () => {
    const cwd = workspace();
    const cases: readonly [readonly string[], Record<string, unknown>][] = [
      [
        ["validate", "report", "r.json", "--directive", "two.json"],
        {
          file: "two.json",
          code: "cli.format",
          message: "the directive file must hold exactly one directive",
          hint: "write one JSON/YAML object following the directive JSON Schema (xhht schema directive)",
        },
      ],
      [
        ["validate", "report", "r.json", "--directive", "bad.json"],
        {
          file: "bad.json",
          line: expect.any(Number),
          code: "cli.format",
          message: expect.any(String),
          hint: expect.any(String),
        },
      ],
      [
        ["validate", "reprot", "r.json"],
        { code: "cli.usage", message: "no kind of data «reprot»", hint: expect.stringContaining("provincial-report") },
      ],
      [
        ["generate", "report", "r.json", "-o", "taken.docx"],
        {
          file: "taken.docx",
          code: "cli.exists",
          message: "already exists with other content; not overwritten",
          hint: expect.stringContaining("--force"),
        },
      ],
      [
        ["week", "2020", "--ics", "folder"],
        {
          file: "folder",
          code: "cli.output",
          message: "this is a folder, not a file",
          hint: "give the output file's name, e.g. --ics folder/result.ics",
        },
      ],
      [
        ["holidays", "20x0"],
        { code: "cli.usage", message: "not a valid year for year: «20x0»", hint: expect.any(String) },
      ],
    ];
    for (const [args, error] of cases) {
      const run = await runInProcess([...args, "--format", "json", "--lang", "en"], { cwd });
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toBe("");
      expect(JSON.parse(run.stdout), args.join(" ")).toStrictEqual({ ok: false, error });
      expect(run.stdout.trimEnd().split("\n").at(-1)).toBe("}");
    }
  });

  it("as text for a command without --format, and for --format text", async () => {
    const cwd = workspace();
    const schema = await runInProcess(["schema", "nope", "--lang", "en"], { cwd });
    expect(schema.status).toBe(2);
    expect(schema.stdout).toBe("");
    expect(schema.stderr).toMatch(/^xhht: error cli\.usage\n {4}no entity «nope»\n/u);
    const text = await runInProcess(["week", "2020", "--ics", "folder", "--format", "text", "--lang", "en"], { cwd });
    expect(text.stdout).toBe("");
    expect(text.stderr).toMatch(/^xhht: folder: error cli\.output\n/u);
  });
});
