const table = new Int32Array(256);
for (let n = 0; n < 256; n += 1) {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  table[n] = c;
}

/**
 * Continues a CRC-32 (the zip format's checksum) over `data`: start from `0`, pass each chunk's result to the next.
 *
 * @example
 * ```ts
 * crc32(new TextEncoder().encode("123456789")); // 0xcbf43926
 * ```
 */
export const crc32 = (data: Uint8Array, previous = 0): number => {
  let c = ~previous;
  for (let i = 0; i < data.length; i += 1) c = (table[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
};
