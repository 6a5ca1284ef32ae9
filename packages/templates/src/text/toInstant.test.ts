import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderOfficialLetter } from "../documents/renderOfficialLetter.ts";
import { sampleLetter } from "../fixtures/sampleLetter.ts";
import { TemplateError } from "../input/TemplateError.ts";
import { toInstant, vietnamCivilFields } from "./toInstant.ts";

const catchError = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe("toInstant", () => {
  it("reads a civil date as its first moment in Vietnam", () => {
    expect(toInstant("2020-09-15").toISOString()).toBe("2020-09-14T17:00:00.000Z");
  });

  it("reads an ISO date-time with its offset", () => {
    expect(toInstant("2020-09-15T08:30:00+07:00").toISOString()).toBe("2020-09-15T01:30:00.000Z");
    expect(toInstant("2020-09-15T01:30:00Z").toISOString()).toBe("2020-09-15T01:30:00.000Z");
  });

  it("reads the first civil date at its first moment in Vietnam, not in 1901", () => {
    expect(toInstant("0001-01-01").toISOString()).toBe("0000-12-31T17:00:00.000Z");
  });

  it("refuses a date-time without an offset, an impossible date and an invalid Date", () => {
    for (const value of ["2020-09-15T08:30:00", "2021-02-29", "tomorrow", new Date(Number.NaN)]) {
      expect(() => toInstant(value)).toThrow(TemplateError);
    }
  });

  it("refuses an impossible date-time instead of rolling it over, with the calendar's reason", () => {
    for (const value of ["2020-02-30T08:00+07:00", "2020-10-30T24:00:00Z", "2020-10-30T10:00:00+24:00"]) {
      const error = catchError(() => toInstant(value));
      expect(error).toBeInstanceOf(TemplateError);
      expect(error).toMatchObject({ code: "templates.invalid-generated-at" });
      expect((error as TemplateError).message).toContain("is not a moment");
      expect((error as TemplateError).cause).toMatchObject({ code: "calendar.invalid-instant" });
    }
  });

  it("makes a render function refuse 30 February as generatedAt instead of stamping 1 March", async () => {
    await expect(renderOfficialLetter(sampleLetter, { generatedAt: "2020-02-30T08:00+07:00" })).rejects.toMatchObject({
      code: "templates.invalid-generated-at",
    });
  });

  it("says why a date-time without an offset is refused", () => {
    expect(() => toInstant("2020-09-15T08:30:00")).toThrow(/no UTC offset/);
  });

  it("throws only TemplateError, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        try {
          toInstant(value);
        } catch (error) {
          expect(error).toBeInstanceOf(TemplateError);
        }
      }),
    );
    for (const value of [10n, Symbol("x"), null, undefined, new Date(8.64e15), "2020-09-15T08:30:00.1234567890Z"]) {
      expect(() => toInstant(value)).toThrow(TemplateError);
    }
  });
});

describe("vietnamCivilFields", () => {
  it("gives the civil date at UTC+7", () => {
    expect(vietnamCivilFields(new Date("2020-09-14T17:00:00Z"))).toEqual({ year: 2020, month: 9, day: 15 });
    expect(vietnamCivilFields(new Date("2020-09-14T16:59:59Z"))).toEqual({ year: 2020, month: 9, day: 14 });
  });
});
