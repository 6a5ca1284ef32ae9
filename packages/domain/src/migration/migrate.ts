import type * as z from "zod/mini";
import { migrations } from "../data/migrations.ts";
import { createTranslator, type LanguageOptions, type Translate } from "../i18n/createTranslator.ts";
import { createIssue } from "../rules/createIssue.ts";
import type { Result } from "../rules/Result.ts";
import type { Migration } from "./Migration.ts";

/**
 * The outcome of {@link migrate}, a {@link Result}: the upgraded data with the versions it went from and to, or, for
 * data of a newer version than this SDK knows, no value and one `schema.version-newer` issue.
 *
 * @example
 * ```ts
 * const result: MigrationResult = migrate(provincialReportSchema, { ...sampleReport2020, schemaVersion: 2 }, { lang: "en" });
 * result.ok; // false
 * result.issues.map((issue) => [issue.code, issue.path, issue.params]); // [["schema.version-newer", ["schemaVersion"], { found: 2, supported: 1 }]]
 * ```
 */
export type MigrationResult =
  | (Result<unknown> & {
      readonly ok: true;
      readonly value: unknown;
      /** The version the data had (0 when it had none). */
      readonly from: number;
      /** The version it has now, the current one. */
      readonly to: number;
    })
  | (Result<unknown> & {
      readonly ok: false;
      readonly value: undefined;
      /** @deprecated The issue's `params.found`. */
      readonly found: number;
      /** @deprecated The issue's `params.supported`. */
      readonly supported: number;
    });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * Upgrades data of an earlier `schemaVersion` to the current version of `schema`'s entity, step by step, so old
 * data is read, never refused for its age. Data of a newer version than this SDK knows is reported, not guessed at.
 * Anything that is not an object, or has a malformed version, is passed through for the schema to judge. Returns
 * `{ ok, value, issues }` like every check of the SDK: newer data gets a `schema.version-newer` issue in the
 * caller's language (`lang`, Vietnamese by default), with `params` `found` and `supported`.
 *
 * @example
 * ```ts
 * const { schemaVersion, ...unversioned } = sampleReport2020;
 * migrate(provincialReportSchema, unversioned); // { ok: true, value: { ...unversioned, schemaVersion: 1 }, issues: [], from: 0, to: 1 }
 * migrate(provincialReportSchema, { ...sampleReport2020, schemaVersion: 2 }, { lang: "en" }).issues[0]?.message;
 * // "The data has schema version 2, newer than version 1 this library supports…"
 * ```
 */
export const migrate = (schema: z.core.$ZodType, input: unknown, options: LanguageOptions = {}): MigrationResult => {
  const t = createTranslator(options);
  return migrateWith(schema, input, () => t);
};

/** {@link migrate} with the translator made only when an issue needs it, for a validator that has one already. */
export const migrateWith = (schema: z.core.$ZodType, input: unknown, translator: () => Translate): MigrationResult => {
  const steps = migrations.get(schema) ?? [];
  const current = steps.at(-1)?.to ?? 1;
  let found: number | undefined;
  try {
    found = versionOf(input);
    if (found === undefined || found <= current) return upgrade(steps, current, input, found ?? current);
  } catch {
    // A value that cannot be read (a throwing getter, a revoked Proxy) is passed on for the schema to judge.
    return { ok: true, value: input, issues: [], from: current, to: current };
  }
  const issue = createIssue(translator(), "schema.version-newer", ["schemaVersion"], { found, supported: current });
  return { ok: false, value: undefined, issues: [issue], found, supported: current };
};

/** The data's schema version: 0 when it has none, `undefined` when it is no object or its version is malformed. */
const versionOf = (input: unknown): number | undefined => {
  if (!isRecord(input)) return undefined;
  const found = input.schemaVersion === undefined ? 0 : input.schemaVersion;
  return typeof found === "number" && Number.isInteger(found) && found >= 0 ? found : undefined;
};

const upgrade = (steps: readonly Migration[], current: number, input: unknown, found: number): MigrationResult => {
  if (!isRecord(input) || found === current) return { ok: true, value: input, issues: [], from: found, to: current };
  let value: Record<string, unknown> = input;
  for (const step of steps) if (step.from >= found) value = step.up(value);
  return { ok: true, value, issues: [], from: found, to: current };
};
