import * as z from "zod/mini";

/** `schema` as an object schema, through an optional wrapper (the value was there, or nothing was refused). */
const objectSchema = (schema: z.core.$ZodType): z.core.$ZodObject | undefined => {
  // By the def's type, not `instanceof`: reaching z.core at run time would bundle the whole of zod's core.
  const { def } = schema._zod;
  if (def.type === "optional") return objectSchema((def as z.core.$ZodOptionalDef).innerType);
  return def.type === "object" ? (schema as z.core.$ZodObject) : undefined;
};

/**
 * The fields of `input` that `schema` accepts, when it refused the whole for `issues`: the fields the issues name are
 * left out and the rest parsed again; a field that is itself an object, refused only for some of its own fields, is
 * kept with the fields of it that parsed, the same way, at any depth. `failed` lists what was left out, as dotted
 * paths (`"province"`, `"letter.subject"`). `undefined` when nothing can be trusted: `schema` is no object schema,
 * or an issue concerns the whole value (a refinement of the object, not an object at all), except keys the object
 * does not know, which taint no other field.
 */
export const parsedFields = <T>(
  schema: z.core.$ZodType<T>,
  input: unknown,
  issues: readonly z.core.$ZodIssue[],
): { readonly value: T; readonly failed: ReadonlySet<string> } | undefined => {
  const object = objectSchema(schema);
  if (object === undefined) return undefined;
  const shape = object._zod.def.shape;
  const byKey = new Map<string, z.core.$ZodIssue[]>();
  for (const issue of issues) {
    const [key, ...rest] = issue.path;
    if (typeof key === "string") byKey.set(key, [...(byKey.get(key) ?? []), { ...issue, path: rest }]);
    else if (issue.path.length > 0 || issue.code !== "unrecognized_keys") return undefined;
  }
  const failed = new Set<string>();
  const nested: [string, unknown][] = [];
  for (const [key, inner] of byKey) {
    const field = typeof input === "object" && input !== null ? (input as Record<string, unknown>)[key] : undefined;
    const part = Object.hasOwn(shape, key) ? parsedFields(shape[key] as z.core.$ZodType, field, inner) : undefined;
    if (part === undefined) failed.add(key);
    else {
      nested.push([key, part.value]);
      for (const path of part.failed) failed.add(`${key}.${path}`);
    }
  }
  const rest = Object.fromEntries(Object.entries(shape).filter(([key]) => !byKey.has(key)));
  // A plain object schema, not a strict one: the keys it does not know are reported already.
  const parsed = z.object(rest).safeParse(input);
  return parsed.success ? { value: { ...parsed.data, ...Object.fromEntries(nested) } as T, failed } : undefined;
};
