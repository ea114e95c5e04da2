import { Buffer } from 'node:buffer';
import { inflateRawSync } from 'node:zlib';

/** One entry of a zip archive as its central directory declares it. */
export interface ZipEntry {
  /** Compressed size and size once inflated, as declared. */
  size: number;
  originalSize: number;
  /** 0 stored, 8 deflated. */
  method: number;
  /** Offset of the entry's data in the archive. */
  dataStart: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Finds one entry of a plain zip through its central directory. Returns undefined for anything this
 * short reader does not cover — no end record, zip64, an encrypted entry, a name found twice, an offset
 * out of range, a method other than stored/deflate — and the caller then reads the archive the general way.
 */
export function findZipEntry(bytes: Uint8Array, name: string): ZipEntry | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const len = bytes.length;
  let eocd = -1;
  for (let p = len - 22; p >= 0 && p >= len - 22 - 0xffff; p--) {
    if (view.getUint32(p, true) === EOCD) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  if (count === 0xffff || p === 0xffffffff) return undefined; // zip64
  const wanted = Buffer.from(name, 'utf8');
  let found: ZipEntry | undefined;
  for (let k = 0; k < count; k++) {
    if (p + 46 > len || view.getUint32(p, true) !== CENTRAL) return undefined;
    const nameLength = view.getUint16(p + 28, true);
    const next = p + 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
    if (next > len) return undefined;
    if (
      nameLength === wanted.length &&
      Buffer.compare(bytes.subarray(p + 46, p + 46 + nameLength), wanted) === 0
    ) {
      if (found) return undefined;
      const flags = view.getUint16(p + 8, true);
      const method = view.getUint16(p + 10, true);
      const size = view.getUint32(p + 20, true);
      const originalSize = view.getUint32(p + 24, true);
      const local = view.getUint32(p + 42, true);
      if (flags & 1 || (method !== 0 && method !== 8) || size === 0xffffffff || originalSize === 0xffffffff)
        return undefined;
      if (local + 30 > len || view.getUint32(local, true) !== LOCAL) return undefined;
      const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      if (dataStart + size > len) return undefined;
      found = { size, originalSize, method, dataStart };
    }
    p = next;
  }
  return found;
}

/**
 * The entry's bytes, inflated natively (zlib), or undefined when they do not come out at exactly the
 * declared size (damaged data, a lying header): the caller then reads the archive the general way.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.size);
  let out: Uint8Array;
  if (entry.method === 0) out = data.slice();
  else {
    try {
      out = inflateRawSync(data, { maxOutputLength: entry.originalSize + 1 });
    } catch {
      return undefined;
    }
  }
  return out.length === entry.originalSize ? out : undefined;
}
