import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectQuickAnswer, megabyte } from "../../../test/support/expectQuickAnswer.ts";
import { CalendarError } from "./CalendarError.ts";
import { isIsoDate } from "./isIsoDate.ts";
import { parseIsoDate } from "./parseIsoDate.ts";

describe("parseIsoDate", () => {
  it("returns a real date unchanged", () => {
    expect(parseIsoDate("2020-10-01")).toBe("2020-10-01");
    expect(parseIsoDate("2024-02-29")).toBe("2024-02-29");
  });

  it("throws a CalendarError that names the value and shows the expected form", () => {
    expect(() => parseIsoDate("2020-02-30")).toThrow(CalendarError);
    expect(() => parseIsoDate("2020-02-30")).toThrow(/"2020-02-30" is not a date: write .*YYYY-MM-DD/);
    expect(() => parseIsoDate("01/10/2020")).toThrow(
      expect.objectContaining({ name: "CalendarError", code: "calendar.invalid-date" }),
    );
  });

  it("returns exactly the strings isIsoDate accepts and throws for the rest", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          fc.integer({ min: -719_162, max: 2_932_896 }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10)),
        ),
        (value) => {
          if (isIsoDate(value)) expect(parseIsoDate(value)).toBe(value);
          else expect(() => parseIsoDate(value)).toThrow(CalendarError);
        },
      ),
    );
  });
});

describe("parseIsoDate on hostile values", () => {
  it("describes any value it refuses, BigInt and symbols included, quoting at most 60 characters", () => {
    expect(() => parseIsoDate(10n as never)).toThrow(/^10n is not a date/u);
    expect(() => parseIsoDate(Symbol("x") as never)).toThrow(/^a symbol is not a date/u);
    expect(() => parseIsoDate(Object.create(null))).toThrow(CalendarError);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => parseIsoDate(proxy as never)).toThrow(CalendarError);
  });

  it("answers a megabyte of adversarial text at once", () => {
    for (const text of [
      "2".repeat(megabyte),
      `2020-10-01${"0".repeat(megabyte)}`,
      "2020-".repeat(megabyte / 5),
      "-".repeat(megabyte),
    ]) {
      expectQuickAnswer(() => {
        expect(isIsoDate(text)).toBe(false);
        expect(() => parseIsoDate(text)).toThrow(CalendarError);
      });
    }
  });
});
