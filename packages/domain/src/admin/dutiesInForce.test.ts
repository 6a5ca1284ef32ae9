import { describe, expect, it } from "vitest";
import { directive2020 } from "../data/directive2020.ts";
import { dutiesInForce } from "./dutiesInForce.ts";

describe("dutiesInForce", () => {
  it("returns the 2020 letter's duties unchanged before 01/07/2025", () => {
    // Công văn 3589/BGDĐT-GDTX, 5 a): «Chỉ đạo các sở, ban, ngành, … và ủy ban nhân dân cấp huyện xây dựng kế hoạch và
    // triển khai tổ chức Tuần lễ».
    const result = dutiesInForce(directive2020.duties, "2025-06-30");
    expect(result.duties).toEqual(directive2020.duties);
    expect(result.moved).toEqual([]);
  });

  it("gives the district People's Committee's duties to the commune level from 01/07/2025, saying why", () => {
    const result = dutiesInForce(directive2020.duties, "2025-07-01");
    const index = directive2020.duties.findIndex((duty) => duty.actor === "district-peoples-committee");
    expect(result.duties[index]).toEqual({
      actor: "commune-peoples-committee",
      source: "s5.a",
      duties: ["plan-and-run-week"],
    });
    expect(result.duties.some((duty) => duty.actor === "district-peoples-committee")).toBe(false);
    expect(result.duties.filter((_, at) => at !== index)).toEqual(directive2020.duties.filter((_, at) => at !== index));
    expect(result.moved).toEqual([
      expect.objectContaining({
        index,
        from: "district-peoples-committee",
        to: "commune-peoples-committee",
        source: "s5.a",
        duties: ["plan-and-run-week"],
        reason: expect.stringContaining("01/07/2025"),
      }),
    ]);
    expect(result.moved[0]?.basis.map((document) => document.document)).toContain(
      "Nghị quyết 203/2025/QH15 sửa đổi, bổ sung một số điều của Hiến pháp năm 2013",
    );
  });

  it("does not change the duties given", () => {
    const before = structuredClone(directive2020.duties);
    dutiesInForce(directive2020.duties, "2026-10-01");
    expect(directive2020.duties).toEqual(before);
  });
});
