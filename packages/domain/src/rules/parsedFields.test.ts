import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parsedFields } from "./parsedFields.ts";

const schema = z.strictObject({
  name: z.string().min(1),
  letter: z.strictObject({ subject: z.string().min(1), date: z.string(), copies: z.array(z.string()).min(1) }),
  estimate: z.strictObject({ total: z.number(), note: z.string() }).optional(),
  tags: z.array(z.string()),
});

const partial = (input: unknown) => {
  const parsed = schema.safeParse(input);
  return parsed.success ? undefined : parsedFields(schema, input, parsed.error.issues);
};

const valid = {
  name: "a",
  letter: { subject: "s", date: "2020-09-15", copies: ["Lưu: VT"] },
  estimate: { total: 1, note: "n" },
  tags: ["x"],
};

describe("parsedFields", () => {
  it("leaves out a refused top-level field and keeps the others", () => {
    expect(partial({ ...valid, name: "" })).toEqual({
      value: { letter: valid.letter, estimate: valid.estimate, tags: valid.tags },
      failed: new Set(["name"]),
    });
  });

  it("keeps the fields of a nested object that parsed, naming the refused one by its dotted path", () => {
    const result = partial({ ...valid, letter: { ...valid.letter, subject: "" }, tags: [1] });
    expect(result?.value).toEqual({
      name: "a",
      letter: { date: "2020-09-15", copies: ["Lưu: VT"] },
      estimate: valid.estimate,
    });
    expect(result?.failed).toEqual(new Set(["letter.subject", "tags"]));
  });

  it("goes through an optional object that is there", () => {
    const result = partial({ ...valid, estimate: { total: "1", note: "n" } });
    expect(result?.value.estimate).toEqual({ note: "n" });
    expect(result?.failed).toEqual(new Set(["estimate.total"]));
  });

  it("leaves out a nested object that is no object at all, or refused as a whole", () => {
    expect(partial({ ...valid, letter: "x" })?.failed).toEqual(new Set(["letter"]));
    const refined = z.object({ letter: z.object({ a: z.string() }).refine(() => false) });
    const parsed = refined.safeParse({ letter: { a: "x" } });
    expect(parsedFields(refined, { letter: { a: "x" } }, parsed.error?.issues ?? [])?.failed).toEqual(
      new Set(["letter"]),
    );
  });

  it("lets a key the nested object does not know taint none of its fields", () => {
    const result = partial({ ...valid, letter: { ...valid.letter, extra: 1 } });
    expect(result).toEqual({ value: valid, failed: new Set() });
  });

  it("trusts nothing when the whole value is refused", () => {
    expect(partial("x")).toBeUndefined();
    const refined = schema.refine(() => false);
    expect(parsedFields(refined, valid, refined.safeParse(valid).error?.issues ?? [])).toBeUndefined();
  });
});
