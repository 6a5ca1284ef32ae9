import { describe, expect, it } from "vitest";
import { provinces } from "./provinces.ts";
import { successorProvince } from "./successorProvince.ts";

describe("successorProvince", () => {
  it("gives the 2025 unit an old province merged into", () => {
    expect(successorProvince("02")?.name).toBe("Tỉnh Tuyên Quang");
    expect(successorProvince("74")?.name).toBe("Thành phố Hồ Chí Minh");
    expect(successorProvince("30")?.name).toBe("Thành phố Hải Phòng");
  });

  it("gives the code of the province hosting the seat", () => {
    expect(successorProvince("27")).toMatchObject({ code: "24", shortName: "Bắc Ninh" });
    expect(successorProvince("10")).toMatchObject({ code: "15", shortName: "Lào Cai" });
    expect(successorProvince("87")).toMatchObject({ code: "82", shortName: "Đồng Tháp" });
  });

  it("accepts the old unit's name as on 30/06/2025", () => {
    expect(successorProvince("Bac Giang")?.code).toBe("24");
    expect(successorProvince("Bắc Ninh")?.code).toBe("24");
    expect(successorProvince("Kiên Giang")?.shortName).toBe("An Giang");
  });

  it("maps an unchanged unit to itself", () => {
    expect(successorProvince("01")?.name).toBe("Thành phố Hà Nội");
    expect(successorProvince("46")?.name).toBe("Thành phố Huế");
  });

  it("maps every one of the 63 units to one of the 34", () => {
    const after = provinces("2025-07-01");
    for (const old of provinces("2025-06-30")) expect(after).toContain(successorProvince(old.code));
  });

  it("returns undefined for what was not a unit on 30/06/2025", () => {
    expect(successorProvince("03")).toBeUndefined();
    expect(successorProvince("Thừa Thiên Huế")).toBeUndefined();
    expect(successorProvince("Atlantis")).toBeUndefined();
  });
});
