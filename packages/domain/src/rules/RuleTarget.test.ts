import { describe, expect, it } from "vitest";
import { isEntityId } from "../entities/entityIds.ts";
import { listRules } from "./listRules.ts";

const special: readonly unknown[] = ["*", "document", "docx", "layout"];

describe("RuleTarget", () => {
  it("is, in every rule's appliesTo, an entity id or one of the special targets", () => {
    const strays = listRules().flatMap((rule) =>
      rule.appliesTo
        .filter((target: unknown) => !isEntityId(target) && !special.includes(target))
        .map((target) => `${rule.id}: ${target}`),
    );
    expect(strays).toEqual([]);
  });
});
