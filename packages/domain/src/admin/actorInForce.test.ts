import { describe, expect, it } from "vitest";
import { actorSuccessions } from "../data/actorSuccessions.ts";
import { actorCodes } from "../entities/directive/Directive.ts";
import { actorInForce } from "./actorInForce.ts";

describe("actorInForce", () => {
  it("moves the district People's Committee to the commune level from 01/07/2025", () => {
    // Nghị quyết 203/2025/QH15 (16/06/2025): district-level administrative units end their activity from 01/07/2025;
    // Luật Tổ chức chính quyền địa phương 2025: local government at the province and the commune.
    expect(actorInForce("district-peoples-committee", "2025-06-30")).toBe("district-peoples-committee");
    expect(actorInForce("district-peoples-committee", "2025-07-01")).toBe("commune-peoples-committee");
    expect(actorInForce("district-peoples-committee", "2030-10-01")).toBe("commune-peoples-committee");
  });

  it("leaves every other body as it is, on any day", () => {
    for (const actor of actorCodes.filter((code) => code !== "district-peoples-committee")) {
      expect(actorInForce(actor, "2020-10-01")).toBe(actor);
      expect(actorInForce(actor, "2025-07-01")).toBe(actor);
    }
  });

  it("refuses a day that is not a real date", () => {
    expect(() => actorInForce("district-peoples-committee", "2025-02-29")).toThrow(/not a date/);
  });

  it("cites the public documents of the change, each with its issuer and date", () => {
    const [succession] = actorSuccessions;
    expect(succession.from).toBe("2025-07-01");
    expect(succession.basis.map((document) => document.document)).toEqual([
      expect.stringContaining("Nghị quyết 203/2025/QH15"),
      expect.stringContaining("Luật số 72/2025/QH15"),
      expect.stringContaining("Nghị quyết 202/2025/QH15"),
    ]);
    for (const document of succession.basis) {
      expect(document.issuer).toBe("Quốc hội");
      expect(document.date).toMatch(/^2025-06-\d\d$/);
    }
  });
});
