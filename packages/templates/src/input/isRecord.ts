/** Whether `value` is an object whose fields can be read (not `null`, not a primitive). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;
