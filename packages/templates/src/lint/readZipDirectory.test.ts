import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { expectQuickAnswer } from "../../../../test/support/expectQuickAnswer.ts";
import { readZipDirectory } from "./readZipDirectory.ts";
import { directoryRecordOf } from "./testing/zipSurgery.ts";

describe("readZipDirectory", () => {
  it("lists every entry with its method, declared size and where its data is, without inflating", () => {
    const zip = zipSync({ "a.xml": strToU8("x".repeat(1000)), "b/c.rels": [strToU8("yz"), { level: 0 }] });
    const directory = readZipDirectory(zip, 10);
    expect(directory.ok && [...directory.entries.values()]).toMatchObject([
      { name: "a.xml", method: 8, size: 1000, localHeaderOffset: 0 },
      { name: "b/c.rels", method: 0, size: 2, compressedSize: 2 },
    ]);
  });

  it("keeps the first of two entries of the same name", () => {
    const zip = zipSync({ a: strToU8("1"), b: strToU8("22") });
    zip[directoryRecordOf(zip, "b") + 46] = 0x61;
    const directory = readZipDirectory(zip, 10);
    expect(directory.ok && [...directory.entries.values()].map((entry) => entry.size)).toEqual([1]);
  });

  it("reads zip64 sizes and offsets from the extra field", () => {
    const zip = zipSync({ a: strToU8("hello") });
    const end = zip.byteLength - 22;
    const view = new DataView(zip.buffer);
    const record = view.getUint32(end + 16, true);
    const extra = new Uint8Array(4 + 24);
    const extraView = new DataView(extra.buffer);
    extraView.setUint16(0, 1, true);
    extraView.setUint16(2, 24, true);
    extraView.setUint32(4, 5, true);
    extraView.setUint32(12, view.getUint32(record + 20, true), true);
    extraView.setUint32(20, 0, true);
    const patched = new Uint8Array(zip.byteLength + extra.byteLength);
    patched.set(zip.subarray(0, record + 46 + 1));
    patched.set(extra, record + 46 + 1);
    patched.set(zip.subarray(record + 46 + 1), record + 46 + 1 + extra.byteLength);
    const patchedView = new DataView(patched.buffer);
    for (const field of [20, 24, 42]) patchedView.setUint32(record + field, 0xffffffff, true);
    patchedView.setUint16(record + 30, extra.byteLength, true);
    patchedView.setUint32(patched.byteLength - 22 + 12, view.getUint32(end + 12, true) + extra.byteLength, true);
    const directory = readZipDirectory(patched, 10);
    expect(directory.ok && directory.entries.get("a")).toMatchObject({ size: 5, localHeaderOffset: 0 });
  });

  it("refuses bytes with no directory, and a directory of more entries than allowed", () => {
    expect(readZipDirectory(new Uint8Array(100), 10)).toEqual({ ok: false, reason: "not-zip" });
    expect(readZipDirectory(zipSync({ a: strToU8("x"), b: strToU8("y") }), 1)).toEqual({
      ok: false,
      reason: "too-many-entries",
    });
  });

  it("never throws on a zip cut or overwritten anywhere, and answers at once", () => {
    const zip = zipSync({ "word/document.xml": strToU8("<w:document/>".repeat(50)), "a.rels": strToU8("x") });
    fc.assert(
      fc.property(
        fc.nat(zip.byteLength),
        fc.nat(zip.byteLength - 1),
        fc.integer({ min: 0, max: 255 }),
        (cut, at, byte) => {
          const damaged = zip.slice(0, cut);
          if (at < damaged.byteLength) damaged[at] = byte;
          expectQuickAnswer(() => readZipDirectory(damaged, 10));
        },
      ),
    );
  });
});
