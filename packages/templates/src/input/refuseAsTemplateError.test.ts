import { DomainError, samplePlan2020 } from "@xhht/domain";
import { describe, expect, it } from "vitest";
import { renderPlan } from "../documents/renderPlan.ts";
import { refuseAsTemplateError } from "./refuseAsTemplateError.ts";
import { TemplateError } from "./TemplateError.ts";

describe("refuseAsTemplateError", () => {
  it("passes a TemplateError through and turns any other error into templates.invalid-input with its cause", async () => {
    const own = new TemplateError("templates.unsafe-text", "x");
    await expect(refuseAsTemplateError("plan", () => Promise.reject(own))).rejects.toBe(own);
    const domain = new DomainError("domain.invalid-amount", "1e300 is not an amount of đồng");
    const error = await refuseAsTemplateError("plan", () => Promise.reject(domain)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateError);
    expect(error).toMatchObject({ code: "templates.invalid-input", cause: domain });
    expect((error as Error).message).toContain("1e300 is not an amount");
  });

  it("describes what was thrown, whatever it is", async () => {
    for (const thrown of [
      Symbol("s"),
      10n,
      Object.create(null),
      {
        toString: () => {
          throw new Error("no");
        },
      },
    ]) {
      const error = await refuseAsTemplateError("plan", () => Promise.reject(thrown)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TemplateError);
      expect((error as Error).message.length).toBeGreaterThan(0);
    }
  });

  it("makes a render function refuse null options and a revoked proxy with a TemplateError", async () => {
    await expect(renderPlan(samplePlan2020, null as never)).rejects.toBeInstanceOf(TemplateError);
    const { proxy, revoke } = Proxy.revocable({ ...samplePlan2020 }, {});
    revoke();
    await expect(renderPlan(proxy)).rejects.toBeInstanceOf(TemplateError);
    const fail = () => {
      throw new Error("trap");
    };
    const trapped = new Proxy({}, { get: fail, has: fail, ownKeys: fail, getPrototypeOf: fail });
    await expect(renderPlan(trapped as never)).rejects.toBeInstanceOf(TemplateError);
    await expect(renderPlan(samplePlan2020, trapped as never)).rejects.toBeInstanceOf(TemplateError);
    await expect(refuseAsTemplateError("plan", () => Promise.reject(trapped))).rejects.toBeInstanceOf(TemplateError);
  });
});
