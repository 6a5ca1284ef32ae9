import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { expectQuickAnswer } from "../../../../test/support/expectQuickAnswer.ts";
import { inflateZipEntry } from "./inflateZipEntry.ts";
import { readZipDirectory, type ZipEntry } from "./readZipDirectory.ts";
import { withDeclared } from "./testing/zipSurgery.ts";

const entryOf = (zip: Uint8Array, name: string): ZipEntry => {
  const directory = readZipDirectory(zip, 10);
  const entry = directory.ok ? directory.entries.get(name) : undefined;
  if (entry === undefined) throw new Error(`no ${name}`);
  return entry;
};
const text = "<w:p/>".repeat(10_000);
const zip = zipSync({ a: strToU8(text), b: [strToU8("stored"), { level: 0 }] });

describe("inflateZipEntry", () => {
  it("gives the bytes of a deflated or stored entry that keeps its word", () => {
    const inflated = inflateZipEntry(zip, entryOf(zip, "a"), 1 << 20);
    expect(inflated.ok && new TextDecoder().decode(inflated.data)).toBe(text);
    const stored = inflateZipEntry(zip, entryOf(zip, "b"), 1 << 20);
    expect(stored.ok && new TextDecoder().decode(stored.data)).toBe("stored");
  });

  it("refuses an entry declaring more than the budget, without inflating it", () => {
    expect(inflateZipEntry(zip, entryOf(zip, "a"), text.length - 1)).toEqual({ ok: false, reason: "too-large" });
  });

  it("finds an entry corrupt when it inflates to more or fewer bytes than declared, or fails its CRC-32", () => {
    for (const declared of [{ size: 100 }, { size: text.length + 1 }, { crc: 1 }]) {
      const lying = withDeclared(zip, "a", declared);
      expect(inflateZipEntry(lying, entryOf(lying, "a"), 1 << 20)).toEqual({ ok: false, reason: "corrupt" });
    }
    const stored = withDeclared(zip, "b", { size: 3 });
    expect(inflateZipEntry(stored, entryOf(stored, "b"), 1 << 20)).toEqual({ ok: false, reason: "corrupt" });
  });

  // Deflating the 200 MB fixture takes seconds on a loaded machine; only the inflate is timed (expectQuickAnswer).
  it("stops inflating a bomb that lies about its size as soon as it outgrows the declared size", {
    timeout: 60_000,
  }, () => {
    const bomb = zipSync({ a: new Uint8Array(200 * (1 << 20)) }, { level: 9 });
    const lying = withDeclared(bomb, "a", { size: 1000 });
    const result = expectQuickAnswer(() => inflateZipEntry(lying, entryOf(lying, "a"), 1 << 30));
    expect(result).toEqual({ ok: false, reason: "corrupt" });
  });

  it("finds an entry corrupt when its data is cut short or its local header is missing", () => {
    const entry = entryOf(zip, "a");
    const cut = zip.slice(0, 30 + 1 + Math.floor(entry.compressedSize / 2));
    expect(inflateZipEntry(cut, entry, 1 << 20)).toEqual({ ok: false, reason: "corrupt" });
    expect(inflateZipEntry(zip, { ...entry, localHeaderOffset: 5 }, 1 << 20)).toEqual({ ok: false, reason: "corrupt" });
    expect(inflateZipEntry(zip, { ...entry, method: 12 }, 1 << 20)).toEqual({ ok: false, reason: "corrupt" });
  });
});
