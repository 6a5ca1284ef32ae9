/** Test helpers: a zip whose central directory says something else than its data does. */

const directoryEntry = 0x02014b50;

/** Where `name`'s central directory record starts in `zip`; throws when it has none. */
export const directoryRecordOf = (zip: Uint8Array, name: string): number => {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const wanted = new TextEncoder().encode(name);
  for (let at = 0; at + 46 <= zip.byteLength; at += 1) {
    if (view.getUint32(at, true) !== directoryEntry || view.getUint16(at + 28, true) !== wanted.length) continue;
    if (zip.subarray(at + 46, at + 46 + wanted.length).every((byte, i) => byte === wanted[i])) return at;
  }
  throw new Error(`the zip has no directory record for ${name}`);
};

/** A copy of `zip` whose directory declares another inflated size or CRC-32 for `name`. */
export const withDeclared = (
  zip: Uint8Array,
  name: string,
  declared: { readonly size?: number; readonly crc?: number },
): Uint8Array => {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const at = directoryRecordOf(copy, name);
  if (declared.crc !== undefined) view.setUint32(at + 16, declared.crc, true);
  if (declared.size !== undefined) view.setUint32(at + 24, declared.size, true);
  return copy;
};
