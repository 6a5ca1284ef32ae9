import { describe, expect, it } from "vitest";
import { entityIds, isEntityId } from "./entityIds.ts";
import { entitySchemas } from "./toJsonSchema.ts";

describe("entityIds", () => {
  it("are the keys of entitySchemas, in their order", () => {
    expect(Object.keys(entitySchemas)).toEqual([...entityIds]);
  });

  it("are told apart from anything else", () => {
    for (const id of entityIds) expect(isEntityId(id)).toBe(true);
    for (const other of ["plan", "report", "forwarding-letter", "summary", "", "*", 1, undefined, null, {}])
      expect(isEntityId(other)).toBe(false);
  });
});
