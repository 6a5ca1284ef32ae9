import { Inflate } from "fflate";
import { crc32 } from "./crc32.ts";
import type { ZipEntry } from "./readZipDirectory.ts";

/** What {@link inflateZipEntry} returns: the entry's bytes, or why they are not given. */
export type InflatedEntry =
  | { readonly ok: true; readonly data: Uint8Array }
  | { readonly ok: false; readonly reason: "too-large" | "corrupt" };

const localHeader = 0x04034b50;
/** Compressed bytes fed at a time: deflate expands at most about 1032 times, so one step stays under 5 MB. */
const step = 4 * 1024;

/**
 * Inflates one zip entry, and only if it keeps its word: an entry declaring more than `budget` bytes is not
 * inflated (`too-large`); one that inflates to more or fewer bytes than declared, fails its CRC-32, is cut short,
 * encrypted or compressed by another method than deflate is `corrupt`. Inflation stops as soon as the output
 * outgrows the declared size, so a lying entry costs no more than an honest one. Never throws.
 *
 * @example
 * ```ts
 * const entry = directory.entries.get("word/document.xml");
 * const inflated = entry && inflateZipEntry(bytes, entry, 64 * 1024 * 1024);
 * ```
 */
export const inflateZipEntry = (bytes: Uint8Array, entry: ZipEntry, budget: number): InflatedEntry => {
  if (entry.size > budget) return { ok: false, reason: "too-large" };
  const corrupt = { ok: false, reason: "corrupt" } as const;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== localHeader || entry.flags & 1) return corrupt;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.byteLength) return corrupt;
  const compressed = bytes.subarray(start, end);

  let data: Uint8Array;
  if (entry.method === 0) {
    if (compressed.byteLength !== entry.size) return corrupt;
    data = compressed;
  } else if (entry.method === 8) {
    data = new Uint8Array(entry.size);
    let length = 0;
    let overflow = false;
    let done = false;
    const inflate = new Inflate((chunk, final) => {
      if (length + chunk.byteLength > data.byteLength) overflow = true;
      else data.set(chunk, length);
      length += chunk.byteLength;
      if (final) done = true;
    });
    try {
      for (let offset = 0; offset < compressed.byteLength && !overflow; offset += step) {
        inflate.push(compressed.subarray(offset, offset + step), offset + step >= compressed.byteLength);
      }
      if (compressed.byteLength === 0) inflate.push(compressed, true);
    } catch {
      return corrupt;
    }
    if (overflow || !done || length !== entry.size) return corrupt;
  } else {
    return corrupt;
  }
  return crc32(data) === entry.crc ? { ok: true, data } : corrupt;
};
