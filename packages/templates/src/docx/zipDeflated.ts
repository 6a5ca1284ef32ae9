import { deflateSync, strToU8 } from "fflate";
import { crc32 } from "../lint/crc32.ts";

/** A part's bytes DEFLATEd at level 6, with what a zip entry records about the original. */
export interface DeflatedPart {
  readonly crc: number;
  readonly size: number;
  readonly deflated: Uint8Array;
}

/** `data` DEFLATEd at level 6 as fflate's zipSync does it for an entry of `{ level: 6 }`. */
export const deflatePart = (data: Uint8Array): DeflatedPart => ({
  crc: crc32(data),
  size: data.length,
  deflated: deflateSync(data, { level: 6 }),
});

const writeUint = (out: Uint8Array, at: number, value: number, bytes: number): void => {
  for (let i = 0; i < bytes; i += 1) out[at + i] = (value >>> (8 * i)) & 255;
};

/** MS-DOS date and time from the Date's local fields, as fflate writes them. */
const dosTime = (time: Date): number =>
  (((time.getFullYear() - 1980) << 25) |
    ((time.getMonth() + 1) << 21) |
    (time.getDate() << 16) |
    (time.getHours() << 11) |
    (time.getMinutes() << 5) |
    (time.getSeconds() >> 1)) >>>
  0;

/** A local file header (`central` undefined) or a central directory header pointing at offset `central`. */
const writeHeader = (
  out: Uint8Array,
  at: number,
  name: Uint8Array,
  utf8: boolean,
  part: DeflatedPart,
  time: number,
  central?: number,
): number => {
  let b = at;
  writeUint(out, b, central === undefined ? 0x04034b50 : 0x02014b50, 4);
  b += 4;
  if (central !== undefined) {
    out[b] = 20;
    b += 2;
  }
  out[b] = 20;
  out[b + 3] = utf8 ? 8 : 0;
  out[b + 4] = 8;
  writeUint(out, b + 6, time, 4);
  writeUint(out, b + 10, part.crc, 4);
  writeUint(out, b + 14, part.deflated.length, 4);
  writeUint(out, b + 18, part.size, 4);
  writeUint(out, b + 22, name.length, 2);
  b += 26;
  if (central !== undefined) {
    writeUint(out, b + 10, central, 4);
    b += 14;
  }
  out.set(name, b);
  return b + name.length;
};

/**
 * A zip of already DEFLATEd parts, in the given order, every entry with modification time `mtime`: byte for byte what
 * fflate's `zipSync` writes for the same parts given as `[data, { mtime, level: 6 }]`, without deflating them again.
 * Years outside 1980-2099 are refused as zipSync refuses them.
 */
export const zipDeflated = (
  parts: readonly (readonly [name: string, part: DeflatedPart])[],
  mtime: Date,
): Uint8Array<ArrayBuffer> => {
  const year = mtime.getFullYear();
  if (year < 1980 || year > 2099) throw new RangeError(`a zip cannot record the year ${year}`);
  const time = dosTime(mtime);
  const names = parts.map(([name]) => strToU8(name));
  let local = 0;
  let central = 0;
  for (const [index, [, part]] of parts.entries()) {
    const length = names[index]?.length ?? 0;
    if (length > 65535) throw new RangeError("a zip entry's name is longer than 65,535 bytes");
    local += 30 + length + part.deflated.length;
    central += 46 + length;
  }
  const out = new Uint8Array(local + central + 22);
  let offset = 0;
  let at = local;
  for (const [index, [name, part]] of parts.entries()) {
    const encoded = names[index] ?? new Uint8Array();
    const utf8 = encoded.length !== name.length;
    const data = writeHeader(out, offset, encoded, utf8, part, time);
    out.set(part.deflated, data);
    at = writeHeader(out, at, encoded, utf8, part, time, offset);
    offset = data + part.deflated.length;
  }
  writeUint(out, at, 0x06054b50, 4);
  writeUint(out, at + 8, parts.length, 2);
  writeUint(out, at + 10, parts.length, 2);
  writeUint(out, at + 12, central, 4);
  writeUint(out, at + 16, local, 4);
  return out;
};
