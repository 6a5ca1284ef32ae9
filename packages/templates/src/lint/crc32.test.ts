import fc from "fast-check";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { crc32 } from "./crc32.ts";
import { readZipDirectory } from "./readZipDirectory.ts";

describe("crc32", () => {
  it("gives the check value of the CRC-32 zip uses", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it("agrees with the CRC fflate writes into a zip, whole or continued chunk by chunk", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.nat(2000), (data, cut) => {
        const directory = readZipDirectory(zipSync({ a: data }), 10);
        const declared = directory.ok ? directory.entries.get("a")?.crc : undefined;
        expect(crc32(data)).toBe(declared);
        expect(crc32(data.subarray(cut), crc32(data.subarray(0, cut)))).toBe(declared);
      }),
    );
  });
});
