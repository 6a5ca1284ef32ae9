import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runInProcess } from "../testing/runInProcess.ts";
import { tempFolder } from "../testing/runXhht.ts";

/** A folder with `w.ics` and `schemas/directive.json` of other content, a folder `folder` and a plain file `notdir`. */
const workspace = () => {
  const cwd = tempFolder();
  writeFileSync(join(cwd, "w.ics"), "old");
  mkdirSync(join(cwd, "schemas"));
  writeFileSync(join(cwd, "schemas", "directive.json"), "{}");
  mkdirSync(join(cwd, "folder"));
  writeFileSync(join(cwd, "notdir"), "a file");
  return cwd;
};

describe.concurrent("the hints about an output name the option given and the file's type", () => {
  it("week --ics: --ics and an .ics file, never -o or .docx", async () => {
    const cwd = workspace();
    const folder = await runInProcess(["week", "2020", "--ics", "folder", "--lang", "en"], { cwd });
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain("fix: give the output file's name, e.g. --ics folder/result.ics\n");
    const exists = await runInProcess(["week", "2020", "--ics", "w.ics", "--lang", "en"], { cwd });
    expect(exists.status).toBe(2);
    expect(exists.stderr).toContain("fix: choose another name with --ics, or add --force to replace it");
    const vi = await runInProcess(["week", "2020", "--ics", "folder"], { cwd });
    expect(vi.stderr).toContain("cách sửa: ghi tên tệp kết quả, ví dụ --ics folder/ket-qua.ics\n");
    for (const run of [folder, exists, vi]) expect(run.stderr).not.toMatch(/-o\b|\.docx/u);
  });

  it("schema: another folder, with -o or --out as the user wrote it", async () => {
    const cwd = workspace();
    for (const option of ["--out", "-o"]) {
      const run = await runInProcess(["schema", option, "schemas", "--lang", "en"], { cwd });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`fix: choose another folder with ${option}, or add --force to replace them`);
    }
    const equals = await runInProcess(["schema", "--out=notdir/schemas", "--lang", "en"], { cwd });
    expect(equals.stderr).toContain("fix: choose another output folder with --out\n");
  });

  it("generate --out: --out in the hint; a summary's -o names its own type", async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, "r.json"), "{}");
    const generate = await runInProcess(["generate", "report", "r.json", "--out", "folder", "--lang", "en"], { cwd });
    expect(generate.stderr).toContain("fix: give the output file's name, e.g. --out folder/result.docx\n");
    mkdirSync(join(cwd, "s.json"));
    const summarize = await runInProcess(["summarize", "r.json", "--year", "2020", "-o", "s.json", "--lang", "en"], {
      cwd,
    });
    expect(summarize.stderr).toContain("fix: give the output file's name, e.g. -o s.json/result.json\n");
  });
});

describe.concurrent("the messages about an output's folder show the path the user typed", () => {
  it("a folder that is a file, or missing: its relative path, never the absolute one", async () => {
    const cwd = workspace();
    const cases: readonly [readonly string[], string][] = [
      [
        ["week", "2020", "--ics", "notdir/w.ics"],
        "xhht: notdir/w.ics: error cli.output\n    notdir is a file, not a folder\n    fix: choose another output folder with --ics\n",
      ],
      [
        ["schema", "-o", "notdir/schemas"],
        "xhht: notdir/schemas: error cli.output\n    notdir is a file, not a folder\n",
      ],
      [["schema", "-o", "notdir"], "xhht: notdir: error cli.output\n    notdir is a file, not a folder\n"],
      [
        ["week", "2020", "--ics", "nosuch/w.ics"],
        "    the folder nosuch does not exist\n    fix: make it first (mkdir nosuch) or choose another place with --ics;",
      ],
      [
        ["schema", "-o", "no/such"],
        "    the folder no does not exist\n    fix: make it first (mkdir no) or choose another place with -o;",
      ],
    ];
    for (const [args, text] of cases) {
      const run = await runInProcess([...args, "--lang", "en"], { cwd });
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr).toContain(text);
      expect(run.stderr).not.toContain(cwd);
    }
  });
});
