import { describe, expect, it } from "vitest";
import { directive2020 } from "../data/directive2020.ts";
import { migrations } from "../data/migrations.ts";
import { sampleReport2020 } from "../data/sampleReport2020.ts";
import { directiveSchema } from "../entities/directive/Directive.ts";
import { validateDirective } from "../entities/directive/validateDirective.ts";
import { provincialReportSchema } from "../entities/provincialReport/ProvincialReport.ts";
import { validateReport } from "../entities/provincialReport/validateReport.ts";
import { entitySchemas } from "../entities/toJsonSchema.ts";
import { migrate } from "./migrate.ts";

const withoutVersion = <T extends { schemaVersion: number }>(data: T) => {
  const { schemaVersion: _, ...rest } = structuredClone(data);
  return rest;
};

describe("migrate", () => {
  it("stamps unversioned data as version 1 without changing its shape", () => {
    const old = withoutVersion(sampleReport2020);
    expect(migrate(provincialReportSchema, old)).toEqual({
      ok: true,
      value: sampleReport2020,
      issues: [],
      from: 0,
      to: 1,
    });
  });

  it("upgrades a directive and the letter inside it", () => {
    const old = { ...withoutVersion(directive2020), letter: withoutVersion(directive2020.letter) };
    const result = migrate(directiveSchema, old);
    expect(result.ok && result.value).toEqual(directive2020);
  });

  it("knows an upgrade path for every published entity", () => {
    for (const schema of Object.values(entitySchemas)) expect(migrations.get(schema)?.at(-1)?.to).toBe(1);
  });

  it("leaves current data as it is", () => {
    expect(migrate(provincialReportSchema, sampleReport2020)).toMatchObject({
      ok: true,
      value: sampleReport2020,
      from: 1,
    });
  });

  it("refuses data of a newer version than it knows with an issue in the caller's language, saying which", () => {
    expect(migrate(provincialReportSchema, { ...sampleReport2020, schemaVersion: 3 }, { lang: "en" })).toEqual({
      ok: false,
      value: undefined,
      issues: [
        expect.objectContaining({
          code: "schema.version-newer",
          severity: "error",
          path: ["schemaVersion"],
          params: { found: 3, supported: 1 },
          message: "The data has schema version 3, newer than version 1 this library supports; upgrade @xhht/domain.",
        }),
      ],
      found: 3,
      supported: 1,
    });
    const [issue] = migrate(provincialReportSchema, { ...sampleReport2020, schemaVersion: 3 }).issues;
    expect(issue?.message).not.toBe("");
    expect(issue?.message).not.toContain("newer than");
  });

  it("passes on what is no versioned object for the schema to judge, with no issue", () => {
    for (const input of [null, 5, "x", [], { schemaVersion: "2" }, { schemaVersion: -1 }]) {
      expect(migrate(provincialReportSchema, input)).toEqual({ ok: true, value: input, issues: [], from: 1, to: 1 });
    }
  });

  it("lets validators read old data instead of refusing it", () => {
    expect(validateReport(withoutVersion(sampleReport2020)).ok).toBe(true);
    expect(
      validateDirective({ ...withoutVersion(directive2020), letter: withoutVersion(directive2020.letter) }).ok,
    ).toBe(true);
  });

  it("makes validators report data from a newer SDK with a clear issue", () => {
    expect(validateReport({ ...sampleReport2020, schemaVersion: 2 }, { lang: "en" }).issues).toEqual([
      expect.objectContaining({
        code: "schema.version-newer",
        path: ["schemaVersion"],
        message: "The data has schema version 2, newer than version 1 this library supports; upgrade @xhht/domain.",
      }),
    ]);
  });
});
