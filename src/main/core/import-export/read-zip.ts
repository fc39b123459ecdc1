import { createInflateRaw, inflateRawSync } from 'node:zlib';

/** One file inside a zip, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The zip's structure is broken; the caller words it for the person. */
export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Offset of the end-of-central-directory record, searched from the end (it may carry a comment). */
function findEnd(bytes: Buffer): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (bytes.readUInt32LE(i) === EOCD) return i;
  }
  return -1;
}

/** Sizes and offset from a ZIP64 extra field, for the ones the central record marks as 0xFFFFFFFF. */
function zip64(extra: Buffer, entry: ZipEntry): void {
  for (let p = 0; p + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(p);
    const len = extra.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      const next = () => {
        const v = Number(extra.readBigUInt64LE(q));
        q += 8;
        return v;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
      return;
    }
    p += 4 + len;
  }
}

/**
 * The entries of a zip held in memory, by lower-case name with forward slashes (writers differ
 * in case and some Windows tools write backslashes). Reading the central directory instead of
 * walking the file means parts written after the sheets (as streaming writers do) are found.
 * @returns null when the file has no end record: it was cut short
 */
export function zipEntries(bytes: Buffer): Map<string, ZipEntry> | null {
  const end = findEnd(bytes);
  if (end < 0) return null;
  let count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  if ((offset === 0xffffffff || count === 0xffff) && end >= 20 && bytes.readUInt32LE(end - 20) === 0x07064b50) {
    const record = Number(bytes.readBigUInt64LE(end - 12));
    if (record + 56 > bytes.length || bytes.readUInt32LE(record) !== 0x06064b50) throw new ZipFormatError('bad zip64 end record');
    count = Number(bytes.readBigUInt64LE(record + 32));
    offset = Number(bytes.readBigUInt64LE(record + 48));
  }
  const entries = new Map<string, ZipEntry>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError('bad central directory');
    const nameLength = bytes.readUInt16LE(p + 28);
    const extraLength = bytes.readUInt16LE(p + 30);
    const commentLength = bytes.readUInt16LE(p + 32);
    const entry: ZipEntry = {
      name: bytes.toString('utf8', p + 46, p + 46 + nameLength).replace(/\\/g, '/'),
      method: bytes.readUInt16LE(p + 10),
      compressedSize: bytes.readUInt32LE(p + 20),
      size: bytes.readUInt32LE(p + 24),
      localOffset: bytes.readUInt32LE(p + 42),
    };
    zip64(bytes.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), entry);
    entries.set(entry.name.toLowerCase().replace(/^\//, ''), entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The compressed bytes of an entry, checked against its local header. */
function rawData(bytes: Buffer, entry: ZipEntry): Buffer {
  const p = entry.localOffset;
  if (p + 30 > bytes.length || bytes.readUInt32LE(p) !== LOCAL) throw new ZipFormatError(`bad local header for ${entry.name}`);
  const start = p + 30 + bytes.readUInt16LE(p + 26) + bytes.readUInt16LE(p + 28);
  if (start + entry.compressedSize > bytes.length) throw new ZipFormatError(`${entry.name} runs past the end`);
  if (entry.method !== 0 && entry.method !== 8) throw new ZipFormatError(`${entry.name} uses compression method ${entry.method}`);
  return bytes.subarray(start, start + entry.compressedSize);
}

/** A small entry (workbook, styles, relationships) inflated at once. */
export function entryBytes(bytes: Buffer, entry: ZipEntry): Buffer {
  const raw = rawData(bytes, entry);
  return entry.method === 0 ? raw : inflateRawSync(raw);
}

/**
 * A large entry (a sheet) inflated piece by piece: a 66 MB sheet is never held whole, and the
 * thread can answer other calls between pieces.
 */
export async function* entryChunks(bytes: Buffer, entry: ZipEntry, chunkSize = 256 * 1024): AsyncGenerator<Buffer> {
  const raw = rawData(bytes, entry);
  if (entry.method === 0) {
    for (let i = 0; i < raw.length; i += chunkSize) yield raw.subarray(i, i + chunkSize);
    return;
  }
  const inflate = createInflateRaw({ chunkSize });
  inflate.end(raw);
  for await (const chunk of inflate) yield chunk as Buffer;
}
