import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeICalendarText } from "./escapeICalendarText.ts";

describe("escapeICalendarText", () => {
  it("escapes backslash, semicolon and comma, and writes line breaks as \\n", () => {
    expect(escapeICalendarText("a\\b;c,d")).toBe("a\\\\b\\;c\\,d");
    expect(escapeICalendarText("một\r\nhai\nba\rbốn")).toBe("một\\nhai\\nba\\nbốn");
  });

  it("keeps Vietnamese text, normalised to NFC, and tabs", () => {
    expect(escapeICalendarText("Tuần lễ".normalize("NFD"))).toBe("Tuần lễ");
    expect(escapeICalendarText("a\tb")).toBe("a\tb");
  });

  it("refuses characters a calendar file cannot carry, naming them", () => {
    for (const bad of ["a\u0000b", "\u0007", "\u007F", "x\uFFFE", "\uFFFF", "\uD800", "a\uDC00b"]) {
      expect(() => escapeICalendarText(bad), JSON.stringify(bad)).toThrow(
        expect.objectContaining({ code: "calendar.invalid-text", message: expect.stringMatching(/U\+[0-9A-F]{4}/) }),
      );
    }
    expect(escapeICalendarText("😀")).toBe("😀");
    expect(() => escapeICalendarText(5)).toThrow(
      expect.objectContaining({ code: "calendar.invalid-text", message: "iCalendar text must be a string, not 5" }),
    );
  });

  it("gives text that an unescaping reader turns back into the NFC original", () => {
    const unescaped = (value: string) => value.replace(/\\([\\;,n])/g, (_, c: string) => (c === "n" ? "\n" : c));
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters escapeICalendarText refuses
        const clean = text.replace(/[\u0000-\u0008\u000B-\u001F\u007F\uFFFE\uFFFF]/g, "").replace(/\r\n?/g, "\n");
        expect(unescaped(escapeICalendarText(clean))).toBe(clean.normalize("NFC"));
      }),
    );
  });
});
