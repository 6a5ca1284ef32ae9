import * as z from "zod";

/**
 * The fields of `input` that `schema` accepts, when it refused the whole for `issues`: the top-level keys the issues
 * name are left out and the rest parsed again. `undefined` when nothing can be trusted: `schema` is no object
 * schema, or an issue concerns the whole value (a refinement of the object, not an object at all), except keys the
 * object does not know, which taint no other field.
 */
export const parsedFields = <T>(
  schema: z.ZodType<T>,
  input: unknown,
  issues: readonly z.core.$ZodIssue[],
): { readonly value: T; readonly failed: ReadonlySet<string> } | undefined => {
  if (!(schema instanceof z.ZodObject)) return undefined;
  const failed = new Set<string>();
  for (const { path, code } of issues) {
    const [key] = path;
    if (typeof key === "string") failed.add(key);
    else if (path.length > 0 || code !== "unrecognized_keys") return undefined;
  }
  const rest = Object.fromEntries(Object.entries(schema.shape).filter(([key]) => !failed.has(key)));
  // A plain object schema, not a strict one: the keys it does not know are reported already.
  const parsed = z.object(rest).safeParse(input);
  return parsed.success ? { value: parsed.data as T, failed } : undefined;
};
