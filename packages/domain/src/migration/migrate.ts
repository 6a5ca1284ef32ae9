import type { z } from "zod";
import { migrations } from "../data/migrations.ts";
import type { Migration } from "./Migration.ts";

/**
 * The outcome of {@link migrate}: the upgraded data, or the version found when it is newer than this SDK knows.
 *
 * @example
 * ```ts
 * const result: MigrationResult = migrate(provincialReportSchema, { ...sampleReport2020, schemaVersion: 2 });
 * result; // { ok: false, found: 2, supported: 1 }
 * ```
 */
export type MigrationResult =
  | { readonly ok: true; readonly value: unknown; readonly from: number; readonly to: number }
  | { readonly ok: false; readonly found: number; readonly supported: number };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/**
 * Upgrades data of an earlier `schemaVersion` to the current version of `schema`'s entity, step by step, so old
 * data is read, never refused for its age. Data of a newer version than this SDK knows is reported, not guessed at.
 * Anything that is not an object, or has a malformed version, is passed through for the schema to judge.
 *
 * @example
 * ```ts
 * const { schemaVersion, ...unversioned } = sampleReport2020;
 * migrate(provincialReportSchema, unversioned); // { ok: true, value: { ...unversioned, schemaVersion: 1 }, from: 0, to: 1 }
 * ```
 */
export const migrate = (schema: z.ZodType, input: unknown): MigrationResult => {
  const steps = migrations.get(schema) ?? [];
  const current = steps.at(-1)?.to ?? 1;
  try {
    return upgrade(steps, current, input);
  } catch {
    // A value that cannot be read (a throwing getter, a revoked Proxy) is passed on for the schema to judge.
    return { ok: true, value: input, from: current, to: current };
  }
};

const upgrade = (steps: readonly Migration[], current: number, input: unknown): MigrationResult => {
  if (!isRecord(input)) return { ok: true, value: input, from: current, to: current };
  const found = input.schemaVersion === undefined ? 0 : input.schemaVersion;
  if (typeof found !== "number" || !Number.isInteger(found) || found < 0)
    return { ok: true, value: input, from: current, to: current };
  if (found > current) return { ok: false, found, supported: current };
  let value: Record<string, unknown> = input;
  for (const step of steps) if (step.from >= found) value = step.up(value);
  return { ok: true, value, from: found, to: current };
};
