import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldICalendarLine } from "./foldICalendarLine.ts";

const octets = (text: string) => new TextEncoder().encode(text).length;

describe("foldICalendarLine", () => {
  it("leaves a line of up to 75 octets alone", () => {
    expect(foldICalendarLine("A".repeat(75))).toBe("A".repeat(75));
    expect(foldICalendarLine("A".repeat(76))).toBe(`${"A".repeat(75)}\r\n A`);
  });

  it("counts octets, not characters: Vietnamese letters take 2 or 3", () => {
    const line = `SUMMARY:${"ệ".repeat(40)}`; // 8 + 120 octets: 22 letters fit in the first line, 74 octets
    const parts = foldICalendarLine(line).split("\r\n");
    expect(parts.map(octets)).toEqual([74, 1 + 18 * 3]);
    expect(parts[0]).toBe(`SUMMARY:${"ệ".repeat(22)}`);
  });

  it("never splits a character, an emoji's surrogate pair included", () => {
    const parts = foldICalendarLine(`X:${"😀".repeat(30)}`).split("\r\n");
    for (const part of parts) expect(part).not.toMatch(/\uFFFD/);
    expect(parts.map(octets)).toEqual([2 + 18 * 4, 1 + 12 * 4]);
  });

  it("unfolds back to the line, every physical line at most 75 octets", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${text.replace(/[\r\n]/g, "")}`;
        const folded = foldICalendarLine(line);
        for (const part of folded.split("\r\n")) expect(octets(part)).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, "")).toBe(line);
      }),
    );
  });
});
