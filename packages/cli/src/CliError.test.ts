import { XhhtError } from "@xhht/core";
import { describe, expect, it } from "vitest";
import { CliError } from "./CliError.ts";
import { cliErrorCodes } from "./cliErrorCodes.ts";

describe("CliError", () => {
  it("takes XhhtError's (code, message, options), with where, the hint and the cause in the options", () => {
    const cause = new Error("ENOENT");
    const error = new CliError(cliErrorCodes.unreadable, "Không đọc được tệp", {
      file: "plan.json",
      line: 3,
      column: 7,
      hint: "Kiểm tra đường dẫn.",
      cause,
    });
    expect(error.code).toBe("cli.unreadable");
    expect(error.message).toBe("Không đọc được tệp");
    expect(error.location).toStrictEqual({ file: "plan.json", line: 3, column: 7 });
    expect(error.hint).toBe("Kiểm tra đường dẫn.");
    expect(error.cause).toBe(cause);
    expect(error.name).toBe("CliError");
  });

  it("is the SDK's XhhtError, the one class of @xhht/core, and an Error", () => {
    const error = new CliError(cliErrorCodes.usage, "no such command");
    expect(error).toBeInstanceOf(XhhtError);
    expect(error).toBeInstanceOf(Error);
    expect(error.location).toStrictEqual({});
    expect(error.hint).toBeUndefined();
    expect("cause" in error).toBe(false);
  });

  it("knows a CliError of another copy of the class, by its brand, and nothing else", () => {
    const brand = Symbol.for("@xhht/cli.CliError");
    class OtherCopy extends XhhtError {
      get [brand]() {
        return true;
      }
    }
    expect(new OtherCopy(cliErrorCodes.usage, "from a bundle of its own")).toBeInstanceOf(CliError);
    expect(new XhhtError(cliErrorCodes.usage, "no brand")).not.toBeInstanceOf(CliError);
    for (const value of [null, undefined, "cli.usage", 2, { code: "cli.usage" }]) {
      expect(value instanceof CliError).toBe(false);
    }
    expect(Object.getOwnPropertySymbols(new CliError(cliErrorCodes.usage, "x"))).toEqual([]);
  });

  it("keeps in location only the parts it was given", () => {
    const error = new CliError(cliErrorCodes.syntax, "bad", { file: "a.csv", hint: undefined });
    expect(error.location).toStrictEqual({ file: "a.csv" });
    expect(error.hint).toBeUndefined();
  });

  it("still takes the deprecated positional form (code, message, location, hint, { cause }), alike", () => {
    const cause = new Error("EACCES");
    const old = new CliError(cliErrorCodes.output, "cannot write", { file: "out.docx" }, "check the folder", { cause });
    const now = new CliError(cliErrorCodes.output, "cannot write", {
      file: "out.docx",
      hint: "check the folder",
      cause,
    });
    for (const error of [old, now]) {
      expect(error.location).toStrictEqual({ file: "out.docx" });
      expect(error.hint).toBe("check the folder");
      expect(error.cause).toBe(cause);
      expect(error.code).toBe("cli.output");
    }
    const withoutHint = new CliError(cliErrorCodes.usage, "bad", {}, undefined);
    expect([withoutHint.location, withoutHint.hint, "cause" in withoutHint]).toStrictEqual([{}, undefined, false]);
    const noLocation = new CliError(cliErrorCodes.usage, "bad", undefined, "a hint");
    expect([noLocation.location, noLocation.hint]).toStrictEqual([{}, "a hint"]);
  });
});
