import { deflateSync } from "fflate";

import { crc32 } from "../lint/crc32.ts";
import type { ZipEntry } from "../lint/readZipDirectory.ts";

const localHeader = 0x04034b50;
const directoryEntry = 0x02014b50;
const endOfDirectory = 0x06054b50;
const utf8Flag = 0x0800;
const encoder = new TextEncoder();

interface Written {
  readonly name: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly offset: number;
}

const header = (signature: number, length: number): { bytes: Uint8Array; view: DataView } => {
  const bytes = new Uint8Array(length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, signature, true);
  return { bytes, view };
};

/**
 * A copy of the zip `bytes` in which the entries named in `changed` hold new data, deflated again; every other entry
 * keeps its compressed data byte for byte. Entries keep their order, names and times; extra fields, data descriptors
 * and comments are dropped. `undefined` when an entry cannot be copied (encrypted, or its local header is not where
 * the directory says): the caller then leaves the file as it was.
 */
export const rewriteZip = (
  bytes: Uint8Array,
  entries: ReadonlyMap<string, ZipEntry>,
  changed: ReadonlyMap<string, Uint8Array>,
): Uint8Array<ArrayBuffer> | undefined => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: Uint8Array[] = [];
  const written: Written[] = [];
  let offset = 0;
  const names = [...entries.keys()];
  for (const name of changed.keys()) if (!entries.has(name)) names.push(name);
  for (const name of names) {
    const entry = entries.get(name);
    const at = entry?.localHeaderOffset ?? 0;
    if (entry !== undefined && (at + 30 > bytes.byteLength || view.getUint32(at, true) !== localHeader)) return;
    if (entry !== undefined && (entry.flags & 1) !== 0) return;
    const time = entry === undefined ? 0 : view.getUint16(at + 10, true);
    const date = entry === undefined ? 0x21 : view.getUint16(at + 12, true);
    const replaced = changed.get(name);
    let data: Uint8Array;
    let method: number;
    let crc: number;
    let size: number;
    if (replaced !== undefined || entry === undefined) {
      const content = replaced ?? new Uint8Array();
      data = deflateSync(content, { level: 6 });
      method = 8;
      crc = crc32(content);
      size = content.byteLength;
    } else {
      const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
      if (start + entry.compressedSize > bytes.byteLength) return;
      data = bytes.subarray(start, start + entry.compressedSize);
      ({ method, crc, size } = entry);
    }
    const encodedName = encoder.encode(name);
    const flags = ((entry?.flags ?? 0) & ~0x0008 & ~0x0006) | utf8Flag;
    const local = header(localHeader, 30 + encodedName.byteLength);
    local.view.setUint16(4, 20, true);
    local.view.setUint16(6, flags, true);
    local.view.setUint16(8, method, true);
    local.view.setUint16(10, time, true);
    local.view.setUint16(12, date, true);
    local.view.setUint32(14, crc, true);
    local.view.setUint32(18, data.byteLength, true);
    local.view.setUint32(22, size, true);
    local.view.setUint16(26, encodedName.byteLength, true);
    local.bytes.set(encodedName, 30);
    chunks.push(local.bytes, data);
    written.push({ name: encodedName, flags, method, time, date, crc, compressedSize: data.byteLength, size, offset });
    offset += local.bytes.byteLength + data.byteLength;
  }
  const directoryStart = offset;
  for (const entry of written) {
    const record = header(directoryEntry, 46 + entry.name.byteLength);
    record.view.setUint16(4, 20, true);
    record.view.setUint16(6, 20, true);
    record.view.setUint16(8, entry.flags, true);
    record.view.setUint16(10, entry.method, true);
    record.view.setUint16(12, entry.time, true);
    record.view.setUint16(14, entry.date, true);
    record.view.setUint32(16, entry.crc, true);
    record.view.setUint32(20, entry.compressedSize, true);
    record.view.setUint32(24, entry.size, true);
    record.view.setUint16(28, entry.name.byteLength, true);
    record.view.setUint32(42, entry.offset, true);
    record.bytes.set(entry.name, 46);
    chunks.push(record.bytes);
    offset += record.bytes.byteLength;
  }
  const end = header(endOfDirectory, 22);
  end.view.setUint16(8, written.length, true);
  end.view.setUint16(10, written.length, true);
  end.view.setUint32(12, offset - directoryStart, true);
  end.view.setUint32(16, directoryStart, true);
  chunks.push(end.bytes);
  const out = new Uint8Array(offset + 22);
  let position = 0;
  for (const chunk of chunks) {
    out.set(chunk, position);
    position += chunk.byteLength;
  }
  return out;
};
