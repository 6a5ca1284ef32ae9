import { describe, expect, it } from "vitest";
import { provinces } from "./provinces.ts";

const kinds = (date: string) => {
  const list = provinces(date);
  return {
    tinh: list.filter((p) => p.kind === "tinh").length,
    thanhPho: list.filter((p) => p.kind === "thanh-pho-truc-thuoc-trung-uong").length,
  };
};

describe("provinces", () => {
  it("lists exactly 63 units before 01/07/2025 and 34 from that day", () => {
    expect(provinces("2020-09-15")).toHaveLength(63);
    expect(provinces("2025-06-30")).toHaveLength(63);
    expect(provinces("2025-07-01")).toHaveLength(34);
    expect(provinces("2030-01-01")).toHaveLength(34);
  });

  it("counts 28 provinces and 6 centrally-run cities from 01/07/2025", () => {
    expect(kinds("2025-07-01")).toEqual({ tinh: 28, thanhPho: 6 });
  });

  it("counts 58 provinces and 5 cities until 2024, and 57 and 6 once Huế became a city on 01/01/2025", () => {
    expect(kinds("2024-12-31")).toEqual({ tinh: 58, thanhPho: 5 });
    expect(kinds("2025-01-01")).toEqual({ tinh: 57, thanhPho: 6 });
  });

  it("sorts the units by code", () => {
    const codes = provinces("2020-09-15").map((p) => p.code);
    expect(codes).toEqual([...codes].sort());
    expect(codes[0]).toBe("01");
    expect(codes.at(-1)).toBe("96");
  });

  it("gives each unit its full name after its kind", () => {
    const byCode = new Map(provinces("2025-07-01").map((p) => [p.code, p.name]));
    expect(byCode.get("01")).toBe("Thành phố Hà Nội");
    expect(byCode.get("79")).toBe("Thành phố Hồ Chí Minh");
    expect(byCode.get("08")).toBe("Tỉnh Tuyên Quang");
    expect(byCode.get("46")).toBe("Thành phố Huế");
  });

  it("models Thừa Thiên Huế as a province until 31/12/2024 and as Thành phố Huế from 01/01/2025", () => {
    const on = (date: string) => provinces(date).find((p) => p.code === "46");
    expect(on("2024-12-31")).toMatchObject({ name: "Tỉnh Thừa Thiên Huế", kind: "tinh", validTo: "2024-12-31" });
    expect(on("2025-01-01")).toMatchObject({ name: "Thành phố Huế", validFrom: "2025-01-01", validTo: undefined });
    expect(on("2025-07-01")).toBe(on("2025-01-01"));
  });

  it("gives no units before the 63-unit structure of 01/08/2008", () => {
    expect(provinces("2008-07-31")).toEqual([]);
    expect(provinces("2008-08-01")).toHaveLength(63);
  });

  it("throws a CalendarError for a date that does not exist", () => {
    expect(() => provinces("2025-02-29")).toThrow(expect.objectContaining({ code: "calendar.invalid-date" }));
  });
});
