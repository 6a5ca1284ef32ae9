import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as domain from "@xhht/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { entityKinds } from "../entityKinds.ts";
import { sampleSources } from "../sampleSources.ts";
import { runInProcess } from "../testing/runInProcess.ts";
import { tempFolder } from "../testing/runXhht.ts";

describe.concurrent("xhht sample", () => {
  it("has a sample of every kind xhht validate knows", () => {
    const sampled = new Set(sampleSources.map((source) => source.kind));
    expect(entityKinds.filter((kind) => !sampled.has(kind.name)).map((kind) => kind.name)).toEqual([]);
  });

  it.each(
    sampleSources.flatMap((source) => [
      { ...source, format: "json" },
      { ...source, format: "yaml" },
    ]),
  )("writes the $year $kind as $format, which xhht validate $kind passes", async ({ kind, year, format, pick }) => {
    const cwd = tempFolder();
    const file = `sample.${format}`;
    const written = await runInProcess(["sample", kind, "--year", String(year), "-o", file], { cwd });
    expect(written.status).toBe(0);
    expect(written.stdout).toContain(`đã ghi mẫu ${kind} năm ${year} vào ${file}`);
    const text = readFileSync(join(cwd, file), "utf8");
    const value = format === "yaml" ? parse(text) : JSON.parse(text);
    expect(value).toEqual(JSON.parse(JSON.stringify(pick(domain))));
    const validated = await runInProcess(["validate", kind, file, "--format", "json"], { cwd });
    expect(JSON.parse(validated.stdout)).toMatchObject({ ok: true, kind, summary: { records: 1, errors: 0 } });
    expect(validated.status).toBe(0);
  });

  it("prints JSON on standard output, the latest year by default, and says on standard error that it is SAMPLE data", async () => {
    const cwd = tempFolder();
    const run = await runInProcess(["sample", "report", "--lang", "en"], { cwd });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ year: 2025 });
    expect(run.stderr).toContain("SAMPLE data (provincial-report, 2025)");
    const letter = await runInProcess(["sample", "letter", "--format", "yaml"], { cwd });
    expect(parse(letter.stdout)).toMatchObject({ number: 3589 });
    expect(letter.stderr).toBe("");
  });

  it("reads the format from the -o file's extension, and keeps the output rules of every command", async () => {
    const cwd = tempFolder();
    expect((await runInProcess(["sample", "plan", "-o", "plan.yml"], { cwd })).status).toBe(0);
    expect(readFileSync(join(cwd, "plan.yml"), "utf8")).toMatch(/^year: 2025$/mu);
    const again = await runInProcess(["sample", "plan", "-o", "plan.yml"], { cwd });
    expect(again.stdout).toContain("giữ nguyên");
    writeFileSync(join(cwd, "taken.json"), "{}\n");
    const taken = await runInProcess(["sample", "plan", "-o", "taken.json"], { cwd });
    expect(taken.status).toBe(2);
    expect(taken.stderr).toContain("cli.exists");
    expect((await runInProcess(["sample", "plan", "-o", "taken.json", "--force"], { cwd })).status).toBe(0);
  });

  it("refuses a kind without a sample or a year without one with cli.usage and the kinds or years as the hint", async () => {
    const cwd = tempFolder();
    const kind = await runInProcess(["sample", "letters", "--lang", "en"], { cwd });
    expect(kind.status).toBe(2);
    expect(kind.stderr).toContain("error cli.usage\n    no sample data for the kind «letters»");
    expect(kind.stderr).toContain(
      "provincial-report (report): 2020, 2024, 2025; provincial-plan (plan): 2020, 2024, 2025",
    );
    const year = await runInProcess(["sample", "invitation", "--year", "2024", "--format", "json"], { cwd });
    expect(year.status).toBe(2);
    expect(year.stdout).toBe("");
    expect(year.stderr).toContain("lỗi cli.usage\n    không có mẫu invitation cho năm 2024");
    expect(year.stderr).toContain("các năm có mẫu invitation: 2020");
    const format = await runInProcess(["sample", "report", "--format", "csv"], { cwd });
    expect(format.status).toBe(2);
  });

  it("answers any kind and year either with a sample that validates or with cli.usage, never anything else", async () => {
    const cwd = tempFolder();
    const names = entityKinds.flatMap((kind) => [kind.name, ...kind.aliases]);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.constantFrom(...names),
          fc.string({ minLength: 1 }).filter((text) => !text.startsWith("-")),
        ),
        fc.oneof(fc.constantFrom("2020", "2024", "2025"), fc.string({ minLength: 1 })),
        async (kind, year) => {
          const run = await runInProcess(["sample", kind, `--year=${year}`, "--lang", "en"], { cwd });
          const known = sampleSources.some(
            (source) =>
              String(source.year) === year.trim() &&
              entityKinds.some(
                (entity) => entity.name === source.kind && [entity.name, ...entity.aliases].includes(kind),
              ),
          );
          expect(run.status).toBe(known ? 0 : 2);
          if (!known) expect(run.stderr).toContain("error cli.usage");
        },
      ),
      { numRuns: 60 },
    );
  });
});
