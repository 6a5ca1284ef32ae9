/**
 * The offset of the first byte of `bytes` that does not begin a well-formed UTF-8 sequence (an overlong form, a
 * surrogate, a code point past U+10FFFF, a stray continuation byte or a sequence cut short), or -1 when all is UTF-8.
 */
export const firstInvalidUtf8 = (bytes: Uint8Array): number => {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index++;
      continue;
    }
    const length =
      lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next];
      if (byte === undefined || byte < (next === 1 ? low : 0x80) || byte > (next === 1 ? high : 0xbf)) return index;
    }
    index += length;
  }
  return -1;
};
