/**
 * A minimal PNG encoder for 8-bit indexed images: what a share image of a few flat colours needs.
 *
 * Share images differ from one another only in their title's rows: `PngTemplate` compresses a
 * base image once, in bands of rows, and for each image compresses again only the bands its
 * title touched, reusing the others' compressed bytes. Each band is compressed on its own (a full
 * flush ends it, so no band refers back into another).
 */
import zlib from 'node:zlib';

type Rgb = readonly [number, number, number];

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(data, zlib.crc32(head.subarray(4))), 0);
  return Buffer.concat([head, data, crc]);
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function header(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 3; // indexed colour
  return ihdr;
}

function png(width: number, height: number, palette: readonly Rgb[], zlibStream: Buffer): Buffer {
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header(width, height)),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('IDAT', zlibStream),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

// Run-length matching only: the image is long runs of one colour, and RLE is several times faster
// than zlib's default level for about a third more bytes.
const DEFLATE = { strategy: zlib.constants.Z_RLE };

/** `pixels` holds one palette index per pixel, row by row; `palette` is [r, g, b] per index. */
export function encodeIndexedPng(
  width: number,
  height: number,
  pixels: Uint8Array,
  palette: readonly Rgb[],
): Buffer {
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) rows.set(pixels.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  return png(width, height, palette, zlib.deflateSync(rows, DEFLATE));
}

const ADLER_MOD = 65521;

/** zlib's Adler-32 of `bytes`. */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; ) {
    // 3800 bytes cannot overflow 32 bits before the modulo.
    const end = Math.min(bytes.length, i + 3800);
    for (; i < end; i++) {
      a += bytes[i] as number;
      b += a;
    }
    a %= ADLER_MOD;
    b %= ADLER_MOD;
  }
  return ((b << 16) | a) >>> 0;
}

interface Band {
  from: number;
  to: number;
  deflated: Buffer;
}

/** Changes drawn on a copy of the base, as zlib's checksum needs them: see `Canvas.put`. */
export interface Canvas {
  rows: Uint8Array;
  /** Sum of the changes (new byte − old byte). */
  sumA: number;
  /** Sum of each change times its distance from the end of the scanlines. */
  sumB: number;
  /** First and last row drawn on. */
  first: number;
  last: number;
}

/**
 * A base image to draw share images on. `canvas()` gives a copy of its scanlines to draw on (one
 * filter byte, 0, then `width` palette indices per row); `encode()` turns the drawn canvas into a
 * PNG, compressing only the bands between the first and last rows drawn on. The Adler-32 of the
 * whole image follows from the base's and the changes (it is a weighted sum of the bytes), so the
 * unchanged bytes are never read again.
 */
export class PngTemplate {
  readonly width: number;
  readonly height: number;
  readonly stride: number;
  private readonly base: Uint8Array;
  private readonly baseA: number;
  private readonly baseB: number;
  private readonly scratch: Uint8Array;
  private readonly palette: readonly Rgb[];
  private readonly bands: Band[];

  /** `base` is the scanlines as `canvas()` describes them. */
  constructor(width: number, height: number, palette: readonly Rgb[], base: Uint8Array, bandRows = 16) {
    this.width = width;
    this.height = height;
    this.stride = width + 1;
    this.base = base;
    const adler = adler32(base);
    this.baseA = adler & 0xffff;
    this.baseB = adler >>> 16;
    this.scratch = new Uint8Array(base.length);
    this.palette = palette;
    this.bands = [];
    for (let from = 0; from < height; from += bandRows)
      this.bands.push({
        from,
        to: Math.min(height, from + bandRows),
        deflated: this.deflate(base, from, Math.min(height, from + bandRows)),
      });
  }

  /** A fresh copy of the base to draw on (one buffer, reused: encode a canvas before asking for the next). */
  canvas(): Canvas {
    this.scratch.set(this.base);
    return { rows: this.scratch, sumA: 0, sumB: 0, first: this.height, last: -1 };
  }

  /** Sets one byte of the canvas, keeping the checksum's sums. */
  static put(canvas: Canvas, at: number, value: number): void {
    const change = value - (canvas.rows[at] as number);
    canvas.rows[at] = value;
    canvas.sumA += change;
    canvas.sumB += (canvas.rows.length - at) * change;
  }

  private deflate(rows: Uint8Array, from: number, to: number): Buffer {
    const bytes = rows.subarray(from * this.stride, to * this.stride);
    const last = to === this.height;
    return zlib.deflateRawSync(
      bytes,
      last ? DEFLATE : { ...DEFLATE, finishFlush: zlib.constants.Z_FULL_FLUSH },
    );
  }

  encode(canvas: Canvas): Buffer {
    const parts: Buffer[] = [Buffer.from([0x78, 0x01])];
    // The bands drawn on, compressed again as one run; the others as compressed with the base.
    const drawn = this.bands.filter((band) => band.to > canvas.first && band.from <= canvas.last);
    const firstDrawn = drawn[0];
    const lastDrawn = drawn.at(-1);
    for (const band of this.bands) {
      if (firstDrawn && lastDrawn && band.from >= firstDrawn.from && band.to <= lastDrawn.to) {
        if (band === firstDrawn) parts.push(this.deflate(canvas.rows, firstDrawn.from, lastDrawn.to));
      } else {
        parts.push(band.deflated);
      }
    }
    const a = mod(this.baseA + canvas.sumA);
    const b = mod(this.baseB + canvas.sumB);
    const trailer = Buffer.alloc(4);
    trailer.writeUInt32BE(((b << 16) | a) >>> 0, 0);
    parts.push(trailer);
    return png(this.width, this.height, this.palette, Buffer.concat(parts));
  }
}

/** A non-negative remainder modulo 65521. */
function mod(value: number): number {
  const r = value % ADLER_MOD;
  return r < 0 ? r + ADLER_MOD : r;
}
