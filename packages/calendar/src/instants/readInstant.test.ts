import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectQuickAnswer, megabyte } from "../../../../test/support/expectQuickAnswer.ts";
import { instantPattern } from "./instantPattern.ts";
import { readInstant } from "./readInstant.ts";

const codeOf = (value: unknown) => {
  const reading = readInstant(value);
  return reading.ok ? "ok" : reading.code;
};

describe("readInstant", () => {
  it("reads an RFC 3339 instant with its offset into the moment and the civil date in Vietnam", () => {
    expect(readInstant("2020-10-29T23:30:00Z")).toEqual({
      ok: true,
      epochMs: 1_604_014_200_000,
      civilDate: "2020-10-30",
    });
    expect(readInstant("2020-10-27T09:15+07:00")).toMatchObject({ ok: true, civilDate: "2020-10-27" });
    expect(readInstant("2020-10-27T09:15:00.123456789+07:00")).toMatchObject({
      ok: true,
      epochMs: Date.parse("2020-10-27T02:15:00.123Z"),
    });
    expect(readInstant(new Date("2020-10-29T17:00:00Z"))).toMatchObject({ ok: true, civilDate: "2020-10-30" });
  });

  it("refuses, without throwing, what the schema used to accept and the calendar refused", () => {
    expect(codeOf("2020-10-27T09:15:00.1234567890+07:00")).toBe("calendar.invalid-instant");
    expect(codeOf("0000-01-01T00:00:00Z")).toBe("calendar.invalid-instant");
    expect(codeOf("9999-12-31T23:00:00Z")).toBe("calendar.date-out-of-range");
    expect(codeOf("0001-01-01T00:00:00+14:00")).toBe("calendar.date-out-of-range");
    expect(codeOf(new Date(8.64e15))).toBe("calendar.date-out-of-range");
  });

  it("refuses impossible dates, hours and offsets instead of rolling them over", () => {
    for (const value of [
      "2020-02-30T08:00+07:00",
      "2021-02-29T08:00:00Z",
      "2020-10-30T24:00:00Z",
      "2020-10-30T10:60:00Z",
      "2020-10-30T10:00:60Z",
      "2020-10-30T10:00:00+24:00",
      "2020-10-30T10:00:00+07:60",
      "2020-10-30T10:00:00+0700",
      "2020-10-30T10:00:00.Z",
      "２０２０-10-30T10:00:00Z",
    ]) {
      expect(codeOf(value), value).toBe("calendar.invalid-instant");
    }
  });

  it("says a date or time without an offset is ambiguous", () => {
    expect(codeOf("2020-10-30")).toBe("calendar.ambiguous-instant");
    expect(codeOf("2020-10-30 10:00")).toBe("calendar.ambiguous-instant");
    const reading = readInstant("2020-10-30T10:00:00");
    expect(reading.ok ? "" : reading.message).toContain('"2020-10-30T10:00:00+07:00"');
  });

  it("never throws, whatever it is given, and quotes at most 60 characters of it", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const reading = readInstant(value);
        if (!reading.ok) expect(reading.message.length).toBeLessThan(400);
      }),
    );
    expect(codeOf(new Date(Number.NaN))).toBe("calendar.invalid-instant");
    expect(codeOf(10n)).toBe("calendar.invalid-instant");
    expect(codeOf(Symbol("x"))).toBe("calendar.invalid-instant");
  });

  it("agrees with Date.parse on every instant the grammar accepts", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("0100-01-01T00:00:00Z"), max: new Date("9000-01-01T00:00:00Z"), noInvalidDate: true }),
        fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
        (date, offset) => {
          const local = new Date(date.getTime() + offset * 60_000).toISOString().slice(0, 23);
          const sign = offset < 0 ? "-" : "+";
          const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
          const mm = String(Math.abs(offset) % 60).padStart(2, "0");
          const text = `${local}${sign}${hh}:${mm}`;
          expect(new RegExp(instantPattern).test(text)).toBe(true);
          expect(readInstant(text)).toMatchObject({ ok: true, epochMs: date.getTime() });
        },
      ),
    );
  });

  it("answers a megabyte of adversarial text at once", () => {
    for (const text of [
      `2020-10-30T10:00:00.${"1".repeat(megabyte)}Z`,
      "2".repeat(megabyte),
      `${"2020-10-30T".repeat(100_000)}`,
      " ".repeat(megabyte),
    ]) {
      expect(expectQuickAnswer(() => codeOf(text))).toBe("calendar.invalid-instant");
    }
  });
});
