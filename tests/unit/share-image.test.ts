import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { qrCodeJobs, shareImageJobs, writeShareFiles } from '../../src/lib/node/share-image/generate.ts';
import { adler32, encodeIndexedPng, PngTemplate } from '../../src/lib/node/share-image/png.ts';
import { renderShareImage } from '../../src/lib/node/share-image/render.ts';
import {
  SHARE_IMAGE_HEIGHT,
  SHARE_IMAGE_WIDTH,
  shareCardFor,
  shareImageAlt,
  shareImagePath,
} from '../../src/lib/playbook/share-card.ts';
import { shareImageOf } from '../../src/lib/share-image/head.ts';
import { fitTitle, wrap } from '../../src/lib/share-image/layout.ts';
import { rasterize } from '../../src/lib/share-image/raster.ts';

describe('share cards', () => {
  it('gives guidance pages their own card with their kind', () => {
    expect(shareCardFor('/plays/reply-first/', 'Reply first')).toEqual({
      title: 'Reply first',
      kind: 'Play',
    });
    expect(shareCardFor('/business-types/local-trades/', 'Local trades')).toEqual({
      title: 'Local trades',
      kind: 'Business type',
    });
    expect(shareCardFor('/strategies/hybrid/', 'Hybrid')).toEqual({ title: 'Hybrid', kind: 'Strategy' });
    expect(shareCardFor('/sources/a-source/', 'A source')).toEqual({ title: 'A source', kind: 'Source' });
  });

  it('gives lists, accounts and tools their section card', () => {
    expect(shareCardFor('/plays/', 'Plays')).toEqual({ title: 'Plays', kind: '' });
    expect(shareCardFor('/plays/page/2/', 'Plays (page 2)')).toEqual({ title: 'Plays', kind: '' });
    expect(shareCardFor('/accounts/harbour-bakery/', 'Harbour Bakery')).toEqual({
      title: 'Example accounts',
      kind: '',
    });
    expect(shareCardFor('/chooser/a/b/', 'Strategy chooser')).toEqual({
      title: 'Strategy chooser',
      kind: '',
    });
    expect(shareCardFor('/strategies/compare/', 'Compare')).toEqual({ title: 'Strategies', kind: '' });
    expect(shareCardFor('/something-new/', 'Something new')).toEqual({ title: 'Something new', kind: '' });
  });

  it('names an image by what is drawn on it', () => {
    const card = { title: 'Reply first', kind: 'Play' };
    expect(shareImagePath(card, 'X Playbook')).toMatch(/^\/og\/[a-z0-9]+\.png$/);
    expect(shareImagePath(card, 'X Playbook')).toBe(shareImagePath({ ...card }, 'X Playbook'));
    expect(shareImagePath(card, 'X Playbook')).not.toBe(
      shareImagePath({ ...card, title: 'Reply second' }, 'X Playbook'),
    );
    expect(shareImagePath(card, 'X Playbook')).not.toBe(shareImagePath(card, 'Other playbook'));
    expect(shareImagePath(card, 'X Playbook')).not.toBe(shareImagePath({ ...card, kind: '' }, 'X Playbook'));
    expect(shareImageAlt(card, 'X Playbook')).toBe('Play: Reply first (X Playbook)');
    expect(shareImageAlt({ title: 'Plays', kind: '' }, 'X Playbook')).toBe('Plays (X Playbook)');
  });
});

describe('reading a page head', () => {
  const head = (alt: string) =>
    `<html><head><meta property="og:site_name" content="Tom &amp; Co"><meta property="og:image" content="https://example.com/base/og/abc.png">${alt}</head><body><meta property="og:image" content="https://evil.example/x.png"></body></html>`;

  it('finds the image URL, the name and the card, decoding entities', () => {
    const html = head(
      '<meta property="og:image:alt" content="x" data-share-title="Say &quot;thanks&quot; &amp; mean it" data-share-kind="Play">',
    );
    expect(shareImageOf(html)).toEqual({
      url: 'https://example.com/base/og/abc.png',
      name: 'Tom & Co',
      card: { title: 'Say "thanks" & mean it', kind: 'Play' },
    });
  });

  it('reads an empty kind written as a bare attribute', () => {
    const html = head('<meta property="og:image:alt" content="x" data-share-title="Plays" data-share-kind>');
    expect(shareImageOf(html)?.card).toEqual({ title: 'Plays', kind: '' });
  });

  it('ignores pages without a card', () => {
    expect(shareImageOf('<html><head><title>Redirect</title></head></html>')).toBeUndefined();
  });
});

describe('title layout', () => {
  const width = (text: string, size: number) => text.length * size * 0.5;

  it('wraps greedily and keeps an over-long word on its own line', () => {
    expect(wrap('aa bb cc', 5, (t) => t.length)).toEqual(['aa bb', 'cc']);
    expect(wrap('aaaaaaaa bb', 5, (t) => t.length)).toEqual(['aaaaaaaa', 'bb']);
  });

  it('uses the largest size that fits in the lines allowed', () => {
    expect(fitTitle('short title', [80, 60], 3, 1000, width)).toEqual({ size: 80, lines: ['short title'] });
    const long = 'word '.repeat(40).trim();
    const fitted = fitTitle(long, [80, 60], 3, 1000, width);
    expect(fitted.size).toBe(60);
    expect(fitted.lines).toHaveLength(3);
    expect(fitted.lines.at(-1)).toMatch(/…$/);
    for (const line of fitted.lines) expect(width(line, 60)).toBeLessThanOrEqual(1000);
  });
});

describe('rasterizer', () => {
  it('covers a filled square fully inside and not at all outside', () => {
    const mask = rasterize([
      { type: 'M', x: 2, y: 2 },
      { type: 'L', x: 6, y: 2 },
      { type: 'L', x: 6, y: 6 },
      { type: 'L', x: 2, y: 6 },
      { type: 'Z' },
    ]);
    const at = (x: number, y: number) => {
      const col = x - mask.left;
      const row = y - mask.top;
      if (col < 0 || row < 0 || col >= mask.width || row >= mask.height) return 0;
      return mask.alpha[row * mask.width + col] ?? 0;
    };
    expect(at(3, 3)).toBe(255);
    expect(at(5, 5)).toBe(255);
    expect(at(1, 3)).toBe(0);
    expect(at(7, 3)).toBe(0);
  });

  it('anti-aliases a half-covered pixel', () => {
    const mask = rasterize([
      { type: 'M', x: 0, y: 0 },
      { type: 'L', x: 2.5, y: 0 },
      { type: 'L', x: 2.5, y: 4 },
      { type: 'L', x: 0, y: 4 },
      { type: 'Z' },
    ]);
    const edge = mask.alpha[1 * mask.width + (2 - mask.left)] ?? 0;
    expect(edge).toBeGreaterThan(100);
    expect(edge).toBeLessThan(160);
  });
});

describe('share images', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'share-image-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('draws a 1200 × 630 PNG with the title in light ink on the dark ground', () => {
    const png = PNG.sync.read(
      renderShareImage({ title: 'Reply within the day', kind: 'Play' }, 'X Playbook'),
    );
    expect([png.width, png.height]).toEqual([SHARE_IMAGE_WIDTH, SHARE_IMAGE_HEIGHT]);
    const lightness = (x: number, y: number) => {
      const i = (y * png.width + x) * 4;
      return (png.data[i] ?? 0) + (png.data[i + 1] ?? 0) + (png.data[i + 2] ?? 0);
    };
    // Count light pixels in the title band and in an empty band below it.
    const light = (top: number, bottom: number) => {
      let count = 0;
      for (let y = top; y < bottom; y++)
        for (let x = 84; x < 1100; x += 2) if (lightness(x, y) > 600) count++;
      return count;
    };
    expect(light(230, 320)).toBeGreaterThan(2000);
    expect(light(400, 500)).toBe(0);
  });

  /** A built site in miniature: three pages asking for two images, a redirect, two short links. */
  function miniSite(): string {
    const out = tempDir();
    const page = (file: string, title: string, kind: string) => {
      const card = { title, kind };
      const html = `<head><meta property="og:site_name" content="P"><meta property="og:image" content="https://e.example/base${shareImagePath(card, 'P')}"><meta property="og:image:alt" content="" data-share-title="${title}" data-share-kind="${kind}"></head>`;
      fs.mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
      fs.writeFileSync(path.join(out, file), html);
    };
    page('plays/a/index.html', 'A', 'Play');
    page('plays/index.html', 'Plays', '');
    page('plays/page/2/index.html', 'Plays', '');
    fs.writeFileSync(path.join(out, 'redirect.html'), '<head><title>x</title></head>');
    for (const id of ['a', 'plays']) {
      fs.mkdirSync(path.join(out, 'p', id), { recursive: true });
      fs.writeFileSync(
        path.join(out, 'p', id, 'index.html'),
        '<meta http-equiv="refresh" content="0; url=/base/plays/">',
      );
    }
    return out;
  }

  it('draws each image and QR code a site asks for once, where its URL points, and reuses the cache', async () => {
    const out = miniSite();
    const cache = tempDir();
    const images = shareImageJobs(out, '/base/');
    expect(images.map((j) => (j.kind === 'image' ? j.card.title : '')).sort()).toEqual(['A', 'Plays']);
    const qrCodes = qrCodeJobs(out, 'https://e.example', '/base/');
    expect(qrCodes.map((j) => j.file).sort()).toEqual(['p/a/qr.svg', 'p/plays/qr.svg']);
    const jobs = [...images, ...qrCodes];

    expect(await writeShareFiles(out, jobs, cache)).toMatchObject({
      images: 2,
      qrCodes: 2,
      drawn: 4,
      fromCache: 0,
    });
    for (const job of images)
      expect(PNG.sync.read(fs.readFileSync(path.join(out, job.file))).width).toBe(1200);
    expect(fs.readFileSync(path.join(out, 'p/a/qr.svg'), 'utf8')).toMatch(
      /^<svg[^>]*aria-label="QR code of e\.example\/base\/p\/a\/"/,
    );

    const elsewhere = tempDir();
    expect(await writeShareFiles(elsewhere, jobs, cache)).toMatchObject({ drawn: 0, fromCache: 4 });
    expect(fs.readFileSync(path.join(elsewhere, 'p/plays/qr.svg'))).toEqual(
      fs.readFileSync(path.join(out, 'p/plays/qr.svg')),
    );
  });

  it('refuses an og:image that is not the image of its card', () => {
    const out = tempDir();
    fs.writeFileSync(
      path.join(out, 'index.html'),
      '<head><meta property="og:site_name" content="P"><meta property="og:image" content="https://e.example/og/made-up.png"><meta property="og:image:alt" data-share-title="T" data-share-kind=""></head>',
    );
    expect(() => shareImageJobs(out, '/')).toThrow(/index\.html: og:image .* is not the image of its card/);
  });

  it('refuses an image URL outside the base path', () => {
    const out = tempDir();
    fs.writeFileSync(
      path.join(out, 'index.html'),
      '<head><meta property="og:image" content="https://e.example/og/x.png"><meta property="og:image:alt" data-share-title="T" data-share-kind=""></head>',
    );
    expect(() => shareImageJobs(out, '/base/')).toThrow(
      /index\.html: og:image .* outside the site's base path \/base\//,
    );
  });
});

describe('the banded PNG encoder', () => {
  const palette = Array.from({ length: 48 }, (_, i) => [i * 5, 255 - i * 5, (i * 37) % 256] as const);
  const width = 50;
  const height = 70;

  /** Scanlines with a filter byte (0) before each row of palette indices. */
  function scanlines(pixel: (x: number, y: number) => number): Uint8Array {
    const rows = new Uint8Array((width + 1) * height);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) rows[y * (width + 1) + 1 + x] = pixel(x, y);
    return rows;
  }

  const decoded = (png: Buffer) => [...PNG.sync.read(png).data];

  it('encodes a drawn canvas exactly as a whole-image encoder would, checksum included', () => {
    const base = scanlines((x, y) => (x < 3 ? 40 : (x * y) % 5 === 0 ? 2 : 0));
    const template = new PngTemplate(width, height, palette, base, 8);
    for (const [from, to] of [
      [20, 35],
      [0, 5],
      [60, 69],
      [7, 8],
    ] as const) {
      const canvas = template.canvas();
      const expected = new Uint8Array(width * height);
      for (let y = 0; y < height; y++)
        for (let x = 0; x < width; x++) expected[y * width + x] = base[y * (width + 1) + 1 + x] as number;
      for (let y = from; y <= to; y++)
        for (let x = 5; x < 45; x += 3) {
          const value = (x + y) % 47;
          PngTemplate.put(canvas, y * (width + 1) + 1 + x, value);
          expected[y * width + x] = value;
        }
      canvas.first = from;
      canvas.last = to;
      // pngjs inflates with zlib, which rejects a wrong Adler-32, and checks every chunk's CRC.
      expect(decoded(template.encode(canvas))).toEqual(
        decoded(encodeIndexedPng(width, height, expected, palette)),
      );
    }
  });

  it('encodes the base untouched when nothing is drawn', () => {
    const base = scanlines((x) => x % 7);
    const template = new PngTemplate(width, height, palette, base, 16);
    const pixels = new Uint8Array(width * height).map((_, i) => (i % width) % 7);
    expect(decoded(template.encode(template.canvas()))).toEqual(
      decoded(encodeIndexedPng(width, height, pixels, palette)),
    );
  });

  it('computes Adler-32 as zlib does', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) % 251);
    const trailer = zlib.deflateSync(bytes).subarray(-4).readUInt32BE(0);
    expect(adler32(bytes)).toBe(trailer);
  });
});
