/** Reads content files strictly: a file that is not valid UTF-8 is an error, never mojibake. */
import fs from 'node:fs';
import { PlaybookError } from '../../errors.ts';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads `file` as UTF-8 (dropping a byte-order mark) or throws a PlaybookError naming the byte offset. */
export function readUtf8(file: string, displayPath: string = file): string {
  const bytes = fs.readFileSync(file);
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    throw new PlaybookError(
      [
        {
          file: displayPath,
          message: `is not UTF-8 text (first invalid byte at offset ${offset}).`,
          fix: 're-save the file with UTF-8 encoding (most editors: "Save with encoding" → UTF-8).',
        },
      ],
      'A content file could not be read',
    );
  }
}

/** Byte offset of the first malformed UTF-8 sequence (a simple validator; overlongs are rare enough to ignore). */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead < 0xe0
          ? 2
          : lead >= 0xe0 && lead < 0xf0
            ? 3
            : lead >= 0xf0 && lead < 0xf5
              ? 4
              : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) {
      if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return bytes.length;
}
