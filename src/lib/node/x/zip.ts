/**
 * Reads chosen entries of a .zip without loading the rest. X archives are often gigabytes of
 * media; the import needs three small script files. So this reads the central directory (with
 * ZIP64 for archives over 4 GB), then seeks to and inflates only the entries asked for, with
 * fflate's `inflateSync`. No other entry is ever read, which also keeps direct messages and
 * e-mail data out of memory.
 */
import fs from 'node:fs';
import { inflateSync } from 'fflate';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

function readAt(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.alloc(length);
  let read = 0;
  while (read < length) {
    const n = fs.readSync(fd, buffer, read, length - read, position + read);
    if (n === 0)
      throw new ZipFormatError(`the file ends early (wanted ${length} bytes at offset ${position})`);
    read += n;
  }
  return buffer;
}

const u64 = (b: Buffer, at: number) => Number(b.readBigUInt64LE(at));

/** The central directory: every entry's name, sizes and where its data sits. */
export function listZipEntries(fd: number, fileSize: number): ZipEntry[] {
  const tailLength = Math.min(fileSize, 65_535 + 22);
  const tail = readAt(fd, fileSize - tailLength, tailLength);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('no end-of-central-directory record: not a zip file, or cut short');
  let count = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const locatorAt = fileSize - tailLength + eocd - 20;
    const locator = readAt(fd, locatorAt, 20);
    if (locator.readUInt32LE(0) !== 0x07064b50) throw new ZipFormatError('ZIP64 locator missing');
    const record = readAt(fd, u64(locator, 8), 56);
    if (record.readUInt32LE(0) !== 0x06064b50) throw new ZipFormatError('ZIP64 end record missing');
    count = u64(record, 32);
    cdSize = u64(record, 40);
    cdOffset = u64(record, 48);
  }
  if (cdOffset + cdSize > fileSize)
    throw new ZipFormatError('the central directory points past the end of the file: the zip is cut short');
  const cd = readAt(fd, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > cd.length || cd.readUInt32LE(at) !== 0x02014b50)
      throw new ZipFormatError('damaged central directory');
    const flags = cd.readUInt16LE(at + 8);
    const method = cd.readUInt16LE(at + 10);
    let compressedSize = cd.readUInt32LE(at + 20);
    let size = cd.readUInt32LE(at + 24);
    const nameLength = cd.readUInt16LE(at + 28);
    const extraLength = cd.readUInt16LE(at + 30);
    const commentLength = cd.readUInt16LE(at + 32);
    let localHeaderOffset = cd.readUInt32LE(at + 42);
    const name = cd.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = cd.readUInt16LE(extra);
      const length = cd.readUInt16LE(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        if (size === 0xffffffff) {
          size = u64(cd, field);
          field += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(cd, field);
          field += 8;
        }
        if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(cd, field);
      }
      extra += 4 + length;
    }
    entries.push({ name, method, flags, compressedSize, size, localHeaderOffset });
    at = extraEnd + commentLength;
  }
  return entries;
}

/** The uncompressed bytes of one entry. */
export function readZipEntry(fd: number, entry: ZipEntry): Uint8Array {
  if (entry.flags & 0x1) throw new ZipFormatError(`${entry.name} is encrypted`);
  const header = readAt(fd, entry.localHeaderOffset, 30);
  if (header.readUInt32LE(0) !== 0x04034b50) throw new ZipFormatError(`${entry.name}: damaged local header`);
  const dataStart = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  const compressed = readAt(fd, dataStart, entry.compressedSize);
  let data: Uint8Array;
  if (entry.method === 0) data = compressed;
  else if (entry.method === 8) {
    try {
      data = inflateSync(compressed, { out: new Uint8Array(entry.size) });
    } catch (error) {
      throw new ZipFormatError(`${entry.name} cannot be decompressed (${(error as Error).message})`);
    }
  } else
    throw new ZipFormatError(`${entry.name} uses compression method ${entry.method}, which is not supported`);
  if (data.length !== entry.size)
    throw new ZipFormatError(`${entry.name} decompressed to ${data.length} bytes instead of ${entry.size}`);
  return data;
}

/** Opens a zip, lists it, and reads only the entries `want` accepts. */
export function readZipEntries(
  file: string,
  want: (name: string) => boolean,
): { names: string[]; files: Map<string, Uint8Array> } {
  return readZipSelection(file, (names) => names.filter(want));
}

/**
 * Opens a zip, lists it, lets `select` choose entries from the whole list of names (so it can
 * look for where the data sits first), and reads only those. Folder entries are not offered.
 */
export function readZipSelection(
  file: string,
  select: (names: string[]) => Iterable<string>,
): { names: string[]; files: Map<string, Uint8Array> } {
  const fd = fs.openSync(file, 'r');
  try {
    const entries = listZipEntries(fd, fs.fstatSync(fd).size);
    const byName = new Map(entries.filter((e) => !e.name.endsWith('/')).map((e) => [e.name, e]));
    const files = new Map<string, Uint8Array>();
    for (const name of select([...byName.keys()])) {
      const entry = byName.get(name);
      if (entry && !files.has(name)) files.set(name, readZipEntry(fd, entry));
    }
    return { names: entries.map((e) => e.name), files };
  } finally {
    fs.closeSync(fd);
  }
}
