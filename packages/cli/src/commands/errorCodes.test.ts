import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sampleReport2020 } from "@xhht/domain";
import { describe, expect, it } from "vitest";
import type { CliContext } from "../CliContext.ts";
import { CliError } from "../CliError.ts";
import { cliErrorCodes } from "../cliErrorCodes.ts";
import { createCliTranslator } from "../createCliTranslator.ts";
import { readInputFile } from "../input/readInputFile.ts";
import { runInProcess } from "../testing/runInProcess.ts";
import { tempFolder } from "../testing/runXhht.ts";
import { generateCommand } from "./generate.ts";
import { lintCommand } from "./lint.ts";
import { schemaCommand } from "./schema.ts";
import { summarizeCommand } from "./summarize.ts";
import { validateCommand } from "./validate.ts";
import { weekCommand } from "./week.ts";
import { workdaysCommand } from "./workdays.ts";

/**
 * A folder with `r.json` (the sample report), `two.json` (two reports), `notes.txt`, `taken.docx` (other content),
 * an empty folder `empty`, a folder `folder` and a plain file `notdir`.
 */
const workspace = () => {
  const cwd = tempFolder();
  writeFileSync(join(cwd, "r.json"), JSON.stringify(sampleReport2020, null, 2));
  writeFileSync(join(cwd, "two.json"), JSON.stringify([sampleReport2020, sampleReport2020]));
  writeFileSync(join(cwd, "notes.txt"), "year: 2020\n");
  writeFileSync(join(cwd, "taken.docx"), "mine");
  writeFileSync(join(cwd, "notdir"), "a file");
  mkdirSync(join(cwd, "empty"));
  mkdirSync(join(cwd, "folder"));
  return cwd;
};

/**
 * The context `runCli` gives a command, in English, its output dropped: the commands are called as runCli's actions
 * call them, to see the code of the {@link CliError} that runCli prints as a message and a hint (exit 2).
 */
const contextIn = (cwd: string): CliContext => ({
  lang: "en",
  t: createCliTranslator("en"),
  cwd,
  env: {},
  stdout: { write: () => true },
  stderr: { write: () => true },
});

/** The CliError `action` rejects with. */
const refusal = async (action: Promise<unknown> | (() => Promise<unknown>)): Promise<CliError> => {
  const error = await (typeof action === "function" ? action() : action).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(CliError);
  return error as CliError;
};

/** The document `--format json` prints. */
const jsonOf = (stdout: string) => JSON.parse(stdout) as { ok: boolean; unreadable: Record<string, unknown>[] };

describe.concurrent("cli.usage: a command, option or argument xhht does not take", () => {
  it("exit 2, the message naming what was given and a hint with what to write instead", async () => {
    const cwd = workspace();
    const cases: readonly [readonly string[], string, string][] = [
      [
        ["validate", "reprot", "r.json"],
        "xhht: error cli.usage\n    no kind of data «reprot»",
        "fix: kinds: provincial-report (report)",
      ],
      [
        ["generate", "repot", "r.json"],
        "xhht: error cli.usage\n    no template «repot»",
        "fix: templates: official-letter (letter)",
      ],
      [
        ["generate", "report"],
        "xhht: error cli.usage\n    give exactly one of an <input> file and --batch <folder|file>",
        "fix: e.g. xhht generate report report.json",
      ],
      [
        ["generate", "report", "two.json"],
        "xhht: two.json: error cli.usage\n    the file holds 2 records; this makes one document from one record",
        "fix: for one document per record: xhht generate provincial-report --batch two.json",
      ],
      [
        ["lint", "a.docx", "-o", "b.docx"],
        "xhht: error cli.usage\n    -o and --force are options of --fix",
        "--fix -o letter-a4.docx",
      ],
      [
        ["summarize", "r.json", "--year", "20x0"],
        "xhht: error cli.usage\n    not a valid year for --year: «20x0»",
        "e.g. 2020",
      ],
      [["workdays", "2020-13-01", "2020-10-01"], "not a valid date for <from>: «2020-13-01»", "as YYYY-MM-DD"],
      [["schema", "nope"], "xhht: error cli.usage\n    no entity «nope»", "fix: entities: directive,"],
    ];
    for (const [args, message, hint] of cases) {
      const run = await runInProcess([...args, "--lang", "en"], { cwd });
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).toContain(hint);
      expect(run.stdout).toBe("");
    }
  });

  it("is the code of the CliError behind each of them", async () => {
    const cwd = workspace();
    const context = contextIn(cwd);
    const refusals = [
      () => validateCommand(context, "reprot", ["r.json"], { format: "json" }),
      () => generateCommand(context, "repot", "r.json", { format: "text" }),
      () => generateCommand(context, "report", undefined, { format: "text" }),
      () => generateCommand(context, "report", "two.json", { format: "text" }),
      () => lintCommand(context, ["a.docx"], { format: "text", out: "b.docx" }),
      () => lintCommand(context, ["a.docx", "b.docx"], { format: "text", fix: true, out: "c.docx" }),
      () => summarizeCommand(context, ["r.json"], { year: "20x0", format: "text" }),
      () => workdaysCommand(context, "2020-13-01", "2020-10-01", { format: "text" }),
      () => weekCommand(context, "two thousand", { days: "span", format: "text" }),
      () => schemaCommand(context, "nope", {}),
    ];
    for (const action of refusals) {
      const error = await refusal(action);
      expect(error.code).toBe("cli.usage");
      expect(error.code).toBe(cliErrorCodes.usage);
      expect(error.hint).toMatch(/\S/u);
    }
  });
});

describe.concurrent("cli.unreadable: a file or folder that does not exist or cannot be read", () => {
  it("names the path and the reason, in the text and in the --format json output, exit 2", async () => {
    const cwd = workspace();
    const text = await runInProcess(["validate", "report", "missing.json", "r.json", "--lang", "en"], { cwd });
    expect(text.status).toBe(2);
    expect(text.stderr).toContain("missing.json: error cli.unreadable\n    cannot be read: no such file or folder");
    expect(text.stderr).toContain("fix: check the path (relative to the current directory)");
    const json = await runInProcess(["validate", "report", "missing.json", "empty", "--format", "json"], { cwd });
    expect(json.status).toBe(2);
    expect(jsonOf(json.stdout).unreadable).toEqual([
      expect.objectContaining({
        file: "missing.json",
        code: "cli.unreadable",
        message: "không đọc được: không có tệp hoặc thư mục này",
      }),
      expect.objectContaining({ file: "empty", code: "cli.unreadable", hint: expect.stringContaining(".json") }),
    ]);
    const lint = await runInProcess(["lint", "missing.docx", "--format", "json", "--lang", "en"], { cwd });
    expect(lint.status).toBe(2);
    expect(jsonOf(lint.stdout).unreadable).toEqual([
      expect.objectContaining({ file: "missing.docx", code: cliErrorCodes.unreadable, hint: expect.any(String) }),
    ]);
  });

  it("is the code readInputFile rejects with for a missing file", async () => {
    const cwd = workspace();
    const error = await refusal(
      readInputFile(join(cwd, "missing.json"), { t: createCliTranslator("en"), csv: false, display: "missing.json" }),
    );
    expect(error.code).toBe("cli.unreadable");
    expect(error.location).toEqual({ file: "missing.json" });
    expect(error.message).toBe("cannot be read: no such file or folder");
    expect(error.hint).toContain("check the path");
  });
});

describe.concurrent("cli.format: a file whose format the command does not read", () => {
  it("names the file and the formats it reads, in the text and in the --format json output, exit 2", async () => {
    const cwd = workspace();
    const text = await runInProcess(["validate", "report", "notes.txt", "--lang", "en"], { cwd });
    expect(text.status).toBe(2);
    expect(text.stderr).toContain("notes.txt: error cli.format\n    xhht does not read the format of notes.txt");
    expect(text.stderr).toContain("fix: use a .json, .jsonl (JSON Lines), .yaml/.yml or .csv (reports only) file");
    const json = await runInProcess(["validate", "report", "notes.txt", "--format", "json", "--lang", "en"], { cwd });
    expect(json.status).toBe(2);
    expect(jsonOf(json.stdout).unreadable).toEqual([
      expect.objectContaining({ file: "notes.txt", code: "cli.format", hint: expect.stringContaining(".yaml/.yml") }),
    ]);
  });

  it("is the code readInputFile rejects with for an unknown extension, or CSV where only a report is read", async () => {
    const cwd = workspace();
    writeFileSync(join(cwd, "plans.csv"), "year\n2020\n");
    const t = createCliTranslator("en");
    const txt = await refusal(readInputFile(join(cwd, "notes.txt"), { t, csv: false, display: "notes.txt" }));
    expect(txt.code).toBe("cli.format");
    expect(txt.hint).toContain(".json");
    const csv = await refusal(readInputFile(join(cwd, "plans.csv"), { t, csv: false, display: "plans.csv" }));
    expect(csv.code).toBe(cliErrorCodes.format);
    expect(csv.location).toEqual({ file: "plans.csv" });
  });

  it("is the code of a --directive file that does not hold exactly one valid directive", async () => {
    const cwd = workspace();
    const run = await runInProcess(["validate", "report", "r.json", "--directive", "two.json", "--lang", "en"], {
      cwd,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      "xhht: two.json: error cli.format\n    the directive file must hold exactly one directive",
    );
    expect(run.stderr).toContain("fix: write one JSON/YAML object following the directive JSON Schema");
    const context = contextIn(cwd);
    for (const directive of ["two.json", "r.json"]) {
      const error = await refusal(validateCommand(context, "report", ["r.json"], { format: "text", directive }));
      expect(error.code).toBe("cli.format");
      expect(error.location.file).toBe(directive);
      expect(error.hint).toMatch(/directive/u);
    }
  });
});

describe.concurrent("cli.output: an output path that cannot be written", () => {
  it("exit 2, naming the path and what to give instead; the input is left as it was", async () => {
    const cwd = workspace();
    const before = readFileSync(join(cwd, "r.json"));
    const cases: readonly [readonly string[], string, string][] = [
      [
        ["generate", "report", "r.json", "-o", "folder"],
        "xhht: folder: error cli.output\n    this is a folder, not a file",
        "fix: give the output file's name",
      ],
      [
        ["generate", "report", "r.json", "-o", "r.json", "--force"],
        "xhht: r.json: error cli.output\n    will not write over an input file",
        "fix: choose another output file or folder with -o",
      ],
      [
        ["generate", "report", "r.json", "-o", "notdir/r.docx"],
        "xhht: notdir/r.docx: error cli.output\n    notdir is a file, not a folder\n",
        "fix: choose another output folder with -o",
      ],
      [["schema", "--out", "notdir"], "xhht: notdir: error cli.output\n    notdir is a file, not a folder\n", "--out"],
      [
        ["schema", "--out", "notdir/schemas"],
        "xhht: notdir/schemas: error cli.output\n    notdir is a file, not a folder\n",
        "fix: choose another output folder with --out",
      ],
    ];
    for (const [args, message, hint] of cases) {
      const run = await runInProcess([...args, "--lang", "en"], { cwd });
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr).toContain(message);
      expect(run.stderr).toContain(hint);
    }
    expect(readFileSync(join(cwd, "r.json"))).toEqual(before);
  });

  it("is the code of the CliError behind each of them", async () => {
    const cwd = workspace();
    const context = contextIn(cwd);
    const refusals = [
      () => generateCommand(context, "report", "r.json", { format: "text", out: "folder" }),
      () => generateCommand(context, "report", "r.json", { format: "text", out: "r.json", force: true }),
      () => generateCommand(context, "report", "r.json", { format: "text", out: "notdir/r.docx" }),
      () => weekCommand(context, "2020", { ics: "folder", days: "span", format: "text" }),
      () => schemaCommand(context, undefined, { out: "notdir" }),
    ];
    for (const action of refusals) {
      const error = await refusal(action);
      expect(error.code).toBe("cli.output");
      expect(error.code).toBe(cliErrorCodes.output);
      expect(error.location.file).toBeDefined();
      expect(error.hint).toMatch(/\S/u);
    }
  });
});

describe.concurrent("cli.exists: an output file with other content, without --force", () => {
  it("exit 2, the file untouched, and the hint says to pick another name or add --force", async () => {
    const cwd = workspace();
    const run = await runInProcess(["generate", "report", "r.json", "-o", "taken.docx", "--lang", "en"], { cwd });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      "xhht: taken.docx: error cli.exists\n    already exists with other content; not overwritten",
    );
    expect(run.stderr).toContain("fix: choose another name with -o, or add --force to replace it");
    expect(readFileSync(join(cwd, "taken.docx"), "utf8")).toBe("mine");
    mkdirSync(join(cwd, "schemas"));
    writeFileSync(join(cwd, "schemas", "directive.json"), "{}");
    const schemas = await runInProcess(["schema", "--out", "schemas", "--lang", "en"], { cwd });
    expect(schemas.status).toBe(2);
    expect(schemas.stderr).toContain("nothing was written: schemas/directive.json");
    expect(schemas.stderr).toContain("xhht: error cli.exists\n");
    expect(schemas.stderr).toContain("fix: choose another folder with --out, or add --force to replace them");
    expect(readFileSync(join(cwd, "schemas", "directive.json"), "utf8")).toBe("{}");
  });

  it("is the code of the CliError behind them; --force writes", async () => {
    const cwd = workspace();
    const context = contextIn(cwd);
    writeFileSync(join(cwd, "w.ics"), "old");
    mkdirSync(join(cwd, "schemas"));
    writeFileSync(join(cwd, "schemas", "directive.json"), "{}");
    const refusals = [
      () => generateCommand(context, "report", "r.json", { format: "text", out: "taken.docx" }),
      () => weekCommand(context, "2020", { ics: "w.ics", days: "span", format: "text" }),
      () => schemaCommand(context, undefined, { out: "schemas" }),
    ];
    for (const action of refusals) {
      const error = await refusal(action);
      expect(error.code).toBe("cli.exists");
      expect(error.code).toBe(cliErrorCodes.exists);
      expect(error.hint).toContain("--force");
    }
    expect(await generateCommand(context, "report", "r.json", { format: "text", out: "taken.docx", force: true })).toBe(
      0,
    );
    expect(readFileSync(join(cwd, "taken.docx")).subarray(0, 2).toString()).toBe("PK");
  });
});
