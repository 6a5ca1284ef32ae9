/** One entry of a zip's central directory, as the directory declares it (nothing is inflated yet). */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else is not read. */
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** The size the directory declares once inflated: checked against what really inflates. */
  readonly size: number;
  readonly localHeaderOffset: number;
}

/** What {@link readZipDirectory} returns: the entries by name, or why there are none. */
export type ZipDirectory =
  | { readonly ok: true; readonly entries: ReadonlyMap<string, ZipEntry> }
  | { readonly ok: false; readonly reason: "not-zip" | "too-many-entries" };

const endOfDirectory = 0x06054b50;
const zip64Locator = 0x07064b50;
const zip64End = 0x06064b50;
const directoryEntry = 0x02014b50;
const maxComment = 0xffff;

const findEnd = (view: DataView): number => {
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - maxComment); at -= 1) {
    if (view.getUint32(at, true) === endOfDirectory) return at;
  }
  return -1;
};

const uint64 = (view: DataView, at: number): number =>
  view.getUint32(at, true) + view.getUint32(at + 4, true) * 0x1_0000_0000;

const utf8 = new TextDecoder();
const latin1 = new TextDecoder("latin1");

/**
 * Reads the central directory of a zip without inflating anything: names, methods, declared sizes and CRCs, and
 * where each entry's data starts (zip64 fields included). Never throws; bytes with no readable directory, or a
 * directory of more entries than `maxEntries`, give a reason.
 *
 * @example
 * ```ts
 * const directory = readZipDirectory(bytes, 20_000);
 * if (directory.ok) directory.entries.get("word/document.xml")?.size; // 48213
 * ```
 */
export const readZipDirectory = (bytes: Uint8Array, maxEntries: number): ZipDirectory => {
  if (bytes.byteLength < 22) return { ok: false, reason: "not-zip" };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  if (end < 0) return { ok: false, reason: "not-zip" };
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && view.getUint32(end - 20, true) === zip64Locator) {
    const record = uint64(view, end - 12);
    if (record + 56 > bytes.byteLength || view.getUint32(record, true) !== zip64End) {
      return { ok: false, reason: "not-zip" };
    }
    count = uint64(view, record + 32);
    offset = uint64(view, record + 48);
  }
  if (count > maxEntries) return { ok: false, reason: "too-many-entries" };

  const entries = new Map<string, ZipEntry>();
  let at = offset;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > bytes.byteLength || view.getUint32(at, true) !== directoryEntry) {
      return { ok: false, reason: "not-zip" };
    }
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > bytes.byteLength) return { ok: false, reason: "not-zip" };
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
    const name = (flags & 0x800 ? utf8 : latin1).decode(nameBytes);
    let compressedSize = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    let localHeaderOffset = view.getUint32(at + 42, true);
    for (let extra = at + 46 + nameLength; extra + 4 <= at + 46 + nameLength + extraLength; ) {
      const id = view.getUint16(extra, true);
      const length = view.getUint16(extra + 2, true);
      if (id === 0x0001) {
        let field = extra + 4;
        const read = (value: number): number => {
          if (value !== 0xffffffff || field + 8 > extra + 4 + length) return value;
          field += 8;
          return uint64(view, field - 8);
        };
        size = read(size);
        compressedSize = read(compressedSize);
        localHeaderOffset = read(localHeaderOffset);
      }
      extra += 4 + length;
    }
    if (!entries.has(name)) {
      entries.set(name, {
        name,
        method: view.getUint16(at + 10, true),
        flags,
        crc: view.getUint32(at + 16, true),
        compressedSize,
        size,
        localHeaderOffset,
      });
    }
    at = next;
  }
  return { ok: true, entries };
};
