// The SDK has one base error, @xhht/core's XhhtError: every package's error class extends it, and @xhht/calendar's
// XhhtError (exported since before @xhht/core existed) is the same class, so `instanceof` holds across packages.
import * as calendar from "@xhht/calendar";
import * as cli from "@xhht/cli";
import * as core from "@xhht/core";
import * as domain from "@xhht/domain";
import * as templates from "@xhht/templates";
import { describe, expect, it } from "vitest";

describe("XhhtError, the one base error of the SDK", () => {
  it("is the same class from @xhht/core and from @xhht/calendar", () => {
    expect(calendar.XhhtError).toBe(core.XhhtError);
  });

  it("is the base of CalendarError, DomainError, TemplateError and CliError", () => {
    const errors = [
      new calendar.CalendarError(calendar.calendarErrorCodes.invalidDate, "bad date"),
      new domain.DomainError(domain.domainErrorCodes.invalidAmount, "bad amount"),
      new templates.TemplateError(templates.templateErrorCodes.invalidInput, "bad input", { issues: [] }),
      new cli.CliError(cli.cliErrorCodes.usage, "bad usage"),
    ];
    for (const error of errors) {
      expect(error).toBeInstanceOf(core.XhhtError);
      expect(error).toBeInstanceOf(calendar.XhhtError);
      expect(typeof error.code).toBe("string");
    }
  });

  it("is what the packages throw for a programming mistake", () => {
    expect(() => calendar.parseIsoDate("2021-02-29")).toThrow(core.XhhtError);
    expect(() => domain.moneyInWords(-1)).toThrow(core.XhhtError);
  });
});
