import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectQuickAnswer, megabyte } from "../../../test/support/expectQuickAnswer.ts";
import { isIsoDate } from "./isIsoDate.ts";

describe("isIsoDate", () => {
  it("accepts real dates written YYYY-MM-DD", () => {
    expect(isIsoDate("2020-10-01")).toBe(true);
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("0001-01-01")).toBe(true);
    expect(isIsoDate("9999-12-31")).toBe(true);
  });

  it("rejects days that do not exist", () => {
    expect(isIsoDate("2021-02-29")).toBe(false);
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(isIsoDate("2020-04-31")).toBe(false);
    expect(isIsoDate("2020-13-01")).toBe(false);
    expect(isIsoDate("2020-00-10")).toBe(false);
    expect(isIsoDate("2020-10-00")).toBe(false);
    expect(isIsoDate("0000-01-01")).toBe(false);
  });

  it("rejects other spellings of a date", () => {
    for (const value of [
      "2020-10-1",
      "2020-1-10",
      "20-10-01",
      "01/10/2020",
      "2020-10-01T00:00:00Z",
      " 2020-10-01",
      "2020-10-01\n",
      "+2020-10-01",
      "２０２０-10-01",
    ]) {
      expect(isIsoDate(value)).toBe(false);
    }
  });

  it("rejects values that are not strings", () => {
    for (const value of [undefined, null, 20201001, new Date(Date.UTC(2020, 9, 1)), {}, ["2020-10-01"]]) {
      expect(isIsoDate(value)).toBe(false);
    }
  });

  it("never throws, whatever it is given", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.anything()), (value) => {
        expect(typeof isIsoDate(value)).toBe("boolean");
      }),
    );
  });

  it("agrees with the UTC calendar of Date for every day of years 1-9999", () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (dayNumber) => {
        const date = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
        expect(isIsoDate(date)).toBe(true);
      }),
    );
  });
});

describe("isIsoDate on adversarial text", () => {
  it("answers a megabyte of digits and hyphens at once", () => {
    for (const text of [
      "1".repeat(megabyte),
      `${"2020-10-".repeat(megabyte / 8)}01`,
      `2020-10-01\n${"x".repeat(megabyte)}`,
    ]) {
      expect(expectQuickAnswer(() => isIsoDate(text))).toBe(false);
    }
  });
});
