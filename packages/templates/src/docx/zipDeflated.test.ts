import fc from "fast-check";
import { unzipSync, type Zippable, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { deflatePart, zipDeflated } from "./zipDeflated.ts";

/** Parts by name: never an integer-like name, which an object (zipSync's input) would move to the front. */
const entries = fc.uniqueArray(
  fc.tuple(
    fc.string({ unit: "binary", maxLength: 30 }).map((name) => `word/${name}`),
    fc.uint8Array({ maxLength: 3000 }),
  ),
  { selector: ([name]) => name, maxLength: 6 },
);
/** Local times a zip can record: fflate writes the Date's local fields, as zipDeflated does. */
const mtime = fc
  .tuple(
    fc.integer({ min: 1980, max: 2099 }),
    fc.integer({ min: 0, max: 11 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
    fc.integer({ min: 0, max: 59 }),
  )
  .map(([year, month, day, hours, minutes, seconds]) => new Date(year, month, day, hours, minutes, seconds));

describe("zipDeflated", () => {
  it("writes the bytes of fflate's zipSync at level 6, for any names, data and time", () => {
    fc.assert(
      fc.property(entries, mtime, (parts, time) => {
        const zippable: Zippable = {};
        for (const [name, data] of parts) zippable[name] = [data, { mtime: time, level: 6 }];
        const ours = zipDeflated(
          parts.map(([name, data]) => [name, deflatePart(data)] as const),
          time,
        );
        expect(Buffer.from(ours).equals(Buffer.from(zipSync(zippable)))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("gives back the parts when unzipped", () => {
    const data = new TextEncoder().encode("<w:document>Hà Nội</w:document>".repeat(50));
    const zipped = zipDeflated([["word/document.xml", deflatePart(data)]], new Date(2020, 8, 15, 12));
    expect(unzipSync(zipped)["word/document.xml"]).toEqual(data);
  });

  it("refuses a year a zip cannot record, as zipSync does", () => {
    expect(() => zipDeflated([], new Date(1979, 11, 31, 12))).toThrow(RangeError);
    expect(() => zipDeflated([], new Date(2100, 0, 1, 12))).toThrow(RangeError);
  });
});
