import { describe, expect, it } from "vitest";
import { TemplateError } from "./TemplateError.ts";
import { toInstant, vietnamCivilFields } from "./toInstant.ts";

describe("toInstant", () => {
  it("reads a civil date as its first moment in Vietnam", () => {
    expect(toInstant("2020-09-15").toISOString()).toBe("2020-09-14T17:00:00.000Z");
  });

  it("reads an ISO date-time with its offset", () => {
    expect(toInstant("2020-09-15T08:30:00+07:00").toISOString()).toBe("2020-09-15T01:30:00.000Z");
    expect(toInstant("2020-09-15T01:30:00Z").toISOString()).toBe("2020-09-15T01:30:00.000Z");
  });

  it("refuses a date-time without an offset, an impossible date and an invalid Date", () => {
    for (const value of ["2020-09-15T08:30:00", "2021-02-29", "tomorrow", new Date(Number.NaN)]) {
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
