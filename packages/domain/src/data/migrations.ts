import type * as z from "zod/mini";
import { directiveSchema } from "../entities/directive/Directive.ts";
import { entitySchemas } from "../entities/toJsonSchema.ts";
import type { Migration } from "../migration/Migration.ts";

const unversioned: Migration = {
  from: 0,
  to: 1,
  note: "Data written without `schemaVersion` is version 1 data: it is stamped, its shape is unchanged.",
  up: (data) => ({ ...data, schemaVersion: 1 }),
};

const unversionedDirective: Migration = {
  ...unversioned,
  note: "A directive without `schemaVersion` is stamped as version 1, and so is its letter.",
  up: (data) => {
    const letter = data.letter;
    const stamped = letter !== null && typeof letter === "object" && !("schemaVersion" in letter);
    return { ...data, schemaVersion: 1, ...(stamped ? { letter: { ...letter, schemaVersion: 1 } } : {}) };
  },
};

/**
 * The upgrade path of each versioned entity, oldest step first. The last step's `to` is the current version.
 *
 * @example
 * ```ts
 * migrations.get(provincialPlanSchema)?.at(-1)?.to; // 1
 * ```
 */
export const migrations: ReadonlyMap<z.core.$ZodType, readonly Migration[]> = new Map<
  z.core.$ZodType,
  readonly Migration[]
>(
  Object.values(entitySchemas).map((schema) => [
    schema,
    schema === directiveSchema ? [unversionedDirective] : [unversioned],
  ]),
);
