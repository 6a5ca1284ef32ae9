import { describe, expect, it } from "vitest";
import { XhhtError } from "./XhhtError.ts";

describe("XhhtError", () => {
  it("carries its code and message, and is an Error", () => {
    const error = new XhhtError("app.bad-argument", "the year must be a whole number");
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe("app.bad-argument");
    expect(error.message).toBe("the year must be a whole number");
    expect(error.name).toBe("XhhtError");
    expect(String(error)).toBe("XhhtError: the year must be a whole number");
  });

  it("forwards its cause as Error's own, and has none when given none", () => {
    const cause = new RangeError("out of range");
    expect(new XhhtError("app.bad", "bad", { cause }).cause).toBe(cause);
    expect("cause" in new XhhtError("app.bad", "bad")).toBe(false);
  });

  it("names a subclass after itself, which stays an XhhtError", () => {
    class ImportError extends XhhtError {}
    const error = new ImportError("import.empty", "no record");
    expect(error.name).toBe("ImportError");
    expect(error).toBeInstanceOf(XhhtError);
    expect(error.code).toBe("import.empty");
  });

  it("has a stack that starts with its name and message", () => {
    expect(new XhhtError("app.bad", "bad").stack).toMatch(/^XhhtError: bad\n/);
  });
});
