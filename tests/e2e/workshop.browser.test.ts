/**
 * The workshop kit as a consultant uses it, on the built demo site: the short link under a page's
 * title opens the page, copies with an announcement and is what the QR code holds; pages print as
 * handouts with the short link and QR code in the corner; the deck prints one card per page; a
 * link pasted into a chat unfurls with the page's own 1200 × 630 image.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import jsQR from 'jsqr';
import type { BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, useDemoSite } from '../support/demo-site.ts';

const site = useDemoSite();
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  page = await context.newPage();
});
afterAll(() => context?.close());

const businessTypes = fs
  .readdirSync(path.resolve(import.meta.dirname, '../../content/business-types'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

/** Bytes of drawing operations in a PDF Chromium printed: its content streams, inflated. */
function drawnBytes(pdf: Buffer): number {
  let total = 0;
  for (const match of pdf.toString('latin1').matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    try {
      total += zlib.inflateSync(Buffer.from(match[1] ?? '', 'latin1')).length;
    } catch {
      // Not a deflated stream (fonts, images): not drawing operations.
    }
  }
  return total;
}

/** Pages in a PDF Chromium printed: one "/Type /Page" object per page. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

/** The short link as printed on the page, and the same path on the local test server. */
async function shortLinkOf(p: Page): Promise<{ url: string; display: string; local: string }> {
  const link = p.locator('[data-short-link]');
  const url = (await link.getAttribute('href')) ?? '';
  const display = ((await link.textContent()) ?? '').trim();
  return { url, display, local: `${site.url}${new URL(url).pathname.slice(1)}` };
}

/** Decodes the QR code drawn in `selector` (an image loaded lazily) from a screenshot of it. */
async function decodeQr(p: Page, selector: string): Promise<string | undefined> {
  await expect
    .poll(() => p.locator(selector).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);
  const shot = PNG.sync.read(await p.locator(selector).screenshot());
  return jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height)?.data;
}

describe('short links', () => {
  it('are shown in full under the title and open the page', async () => {
    await page.goto(`${site.url}plays/daily-three-conversations/`);
    const link = await shortLinkOf(page);
    expect(link.display).toMatch(/^playbook\.example\.com\/p\/[a-z0-9-]+\/?$/);
    expect(await page.locator('[data-short-link]').isVisible()).toBe(true);
    await page.goto(link.local);
    await page.waitForURL(/\/plays\/daily-three-conversations\/$/);
    expect(await page.locator('h1').textContent()).toMatch(/conversations/i);
  });

  it('copy to the clipboard and say so to screen readers', async () => {
    await page.goto(`${site.url}plays/daily-three-conversations/`);
    const link = await shortLinkOf(page);
    await page.getByRole('button', { name: 'Copy the short link' }).click();
    await expect
      .poll(() => page.locator('[data-copy-status]').textContent(), { timeout: 5000 })
      .toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link.url);
  });

  it('copy a section link with its anchor', async () => {
    await page.goto(`${site.url}business-types/local-trades/`);
    await page
      .getByRole('button', { name: /^Copy the link to / })
      .first()
      .click();
    await expect
      .poll(() => page.locator('[data-copy-status]').textContent(), { timeout: 5000 })
      .toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^https:\/\/playbook\.example\.com\/business-types\/local-trades\/#[a-z0-9-]+$/,
    );
  });

  it('are what the QR code holds, large on screen behind "Show QR code"', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${site.url}business-types/local-trades/`);
    const link = await shortLinkOf(page);
    expect(await page.locator('#qr-code').isVisible()).toBe(false);
    await page.getByRole('link', { name: 'Show QR code' }).click();
    // Shown by :target, which the browser updates just after the address: poll.
    await expect.poll(() => page.locator('#qr-code').isVisible()).toBe(true);
    expect(await decodeQr(page, '#qr-code .qr-large')).toBe(link.url);
    await expectAccessible(page, site);
    await page.getByRole('link', { name: 'Back to the page' }).click();
    await expect.poll(() => page.locator('#qr-code').isVisible()).toBe(false);
  });
});

describe('handouts', () => {
  afterAll(() => page.emulateMedia({ media: 'screen' }));

  it('print without navigation, with the short link and a QR code in the corner', async () => {
    await page.goto(`${site.url}plays/business-bio/`);
    const link = await shortLinkOf(page);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '.site-footer', '.page-tools', '#search-dialog'])
      expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
    const corner = page.locator('.print-corner');
    expect(await corner.isVisible()).toBe(true);
    expect((await corner.textContent())?.trim()).toBe(link.display);
    // Scaled up so the 18 mm code has enough pixels per module to decode from a screenshot.
    await page.evaluate(() => {
      const qr = document.querySelector<HTMLElement>('.print-corner .qr-small');
      if (qr) qr.style.width = '240px';
    });
    expect(await decodeQr(page, '.print-corner .qr-small')).toBe(link.url);
  });

  it('draws the QR code into the PDF although it loads only when printing', async () => {
    // No emulation: page.pdf then prints as a browser does, from the screen view.
    await page.emulateMedia({ media: null });
    await page.goto(`${site.url}plays/business-bio/`);
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const withQr = drawnBytes(await page.pdf({ format: 'A4' }));
    expect(requests.some((url) => url.endsWith('/p/business-bio/qr.svg'))).toBe(true);
    await page.evaluate(() => document.querySelector('.print-corner img')?.remove());
    const withoutQr = drawnBytes(await page.pdf({ format: 'A4' }));
    // The code's modules are drawing operations in the PDF: thousands of bytes of them.
    expect(withQr - withoutQr).toBeGreaterThan(2000);
  });

  it.each(businessTypes)('business type %s prints on three A4 pages at most', async (id) => {
    // page.pdf lays out with the emulated media: print, as a browser's print dialog does.
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${site.url}business-types/${id}/`);
    const pages = pageCount(await page.pdf({ format: 'A4' }));
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(3);
  });
});

describe('the workshop deck', () => {
  it('keeps the ticks in the address and prints one card per page', async () => {
    await page.goto(`${site.url}workshop/?plays=business-bio`);
    await page.waitForSelector('[data-lists] input');
    expect(await page.locator('[data-lists] input:checked').count()).toBe(1);
    await page.locator('[data-lists] label', { hasText: 'Build a referral network' }).click();
    expect(new URL(page.url()).search).toBe('?plays=business-bio,referral-network');
    await expect.poll(() => page.locator('[data-count]').textContent()).toBe('2 cards in the deck.');
    await expectAccessible(page, site);

    // The page as shared: opening the address again gives the same ticks.
    const shared = await context.newPage();
    await shared.goto(page.url());
    await shared.waitForSelector('[data-lists] input');
    expect(
      await shared.$$eval('[data-lists] input:checked', (boxes) =>
        boxes.map((b) => (b as HTMLInputElement).value),
      ),
    ).toEqual(expect.arrayContaining(['business-bio', 'referral-network']));
    expect(await shared.locator('[data-lists] input:checked').count()).toBe(2);
    await shared.evaluate(() => {
      window.print = () => {};
    });
    await shared.getByRole('button', { name: 'Print the deck' }).click();
    await shared.waitForSelector('[data-deck] .deck-card:nth-child(2)', { state: 'attached' });
    expect(pageCount(await shared.pdf({ format: 'A4' }))).toBe(2);
    await shared.close();
  });
});

describe('link previews', () => {
  it("show a play's own 1200 × 630 image, and a short link shows its page's", async () => {
    await page.goto(`${site.url}plays/business-bio/`);
    const meta = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content');
    const image = (await meta('og:image')) ?? '';
    expect(await meta('og:title')).toBe(await page.locator('h1').textContent());
    expect(await page.locator('meta[name="twitter:card"]').getAttribute('content')).toBe(
      'summary_large_image',
    );
    expect(image).toMatch(/^https:\/\/playbook\.example\.com\/og\/[a-z0-9]+\.png$/);
    const response = await fetch(`${site.url}${new URL(image).pathname.slice(1)}`);
    expect(response.headers.get('content-type')).toMatch(/image\/png/);
    const png = PNG.sync.read(Buffer.from(await response.arrayBuffer()));
    expect([png.width, png.height]).toEqual([1200, 630]);

    const short = await shortLinkOf(page);
    const redirect = await (await fetch(short.local)).text();
    expect(redirect).toContain(`<meta property="og:image" content="${image}"`);
  });
});
