// Writes the JSON Schema of every entity into schemas/, shipped in the package as @xhht/domain/schemas/*.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { entitySchemas, toJsonSchema } from "../src/entities/toJsonSchema.ts";

const dir = join(import.meta.dirname, "..", "schemas");
mkdirSync(dir, { recursive: true });
for (const name of Object.keys(entitySchemas) as (keyof typeof entitySchemas)[]) {
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(toJsonSchema(name), null, 2)}\n`);
}
console.log(`wrote ${Object.keys(entitySchemas).length} JSON Schemas to ${dir}`);
