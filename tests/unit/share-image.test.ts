import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { afterEach, describe, expect, it } from 'vitest';
import { shareImageJobs, writeShareImages } from '../../src/lib/node/share-image/generate.ts';
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

  it('draws each image a site asks for once, into its URL, and reuses the cache', () => {
    const out = tempDir();
    const cache = tempDir();
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

    const jobs = shareImageJobs(out, '/base/');
    expect(jobs.map((j) => j.card.title).sort()).toEqual(['A', 'Plays']);
    const first = writeShareImages(out, jobs, cache);
    expect(first).toMatchObject({ images: 2, drawn: 2, fromCache: 0 });
    for (const job of jobs) expect(PNG.sync.read(fs.readFileSync(path.join(out, job.file))).width).toBe(1200);

    const again = writeShareImages(tempDir(), jobs, cache);
    expect(again).toMatchObject({ images: 2, drawn: 0, fromCache: 2 });
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
