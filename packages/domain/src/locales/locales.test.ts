import { describe, expect, it } from "vitest";
import { listRules } from "../listRules.ts";
import { en } from "./en.ts";
import { vi } from "./vi.ts";

describe("locales", () => {
  it("has a message in both languages for every rule, and a rule for every message", () => {
    const ids = listRules()
      .map((rule) => rule.id)
      .sort();
    expect(Object.keys(vi).sort()).toEqual(ids);
    expect(Object.keys(en).sort()).toEqual(ids);
  });

  it("uses the same parameters in both languages", () => {
    const params = (message: string) => [...message.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    for (const id of Object.keys(vi) as (keyof typeof vi)[]) expect(params(en[id]), id).toEqual(params(vi[id]));
  });
});
