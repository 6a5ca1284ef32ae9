import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { firstInvalidUtf8 } from "./firstInvalidUtf8.ts";

const decoder = new TextDecoder("utf-8", { fatal: true });
const decodes = (bytes: Uint8Array) => {
  try {
    decoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe("firstInvalidUtf8", () => {
  it("finds nothing in UTF-8 text, a BOM included", () => {
    expect(firstInvalidUtf8(new TextEncoder().encode("\ufeffNguyễn Văn A, 𝄞"))).toBe(-1);
  });

  it("points at the first byte of a bad sequence", () => {
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xff, 0x62]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0x61, 0xc3]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xc0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(new TextEncoder().encode("Lê Thị"))).toBe(-1);
  });

  it("agrees with a fatal TextDecoder on any bytes, and the part before the offset decodes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const at = firstInvalidUtf8(bytes);
        expect(at === -1).toBe(decodes(bytes));
        if (at !== -1) expect(decodes(bytes.subarray(0, at))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
