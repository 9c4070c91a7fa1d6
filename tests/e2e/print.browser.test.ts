import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useDemoSite } from '../support/demo-site.ts';

const site = useDemoSite();
let page: Page;
beforeAll(async () => {
  page = await site.browser.newPage();
});

const plays = fs
  .readdirSync(path.resolve(import.meta.dirname, '../../content/plays'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

/** Pages in a PDF Chromium printed: one "/Type /Page" object per page. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

describe('printed play cards', () => {
  it('print without the site chrome', async () => {
    await page.goto(`${site.url}plays/daily-three-conversations/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.locator('h1').isVisible()).toBe(true);
  });

  it('counts pages honestly: a long source page prints on several', async () => {
    await page.goto(`${site.url}sources/people-over-links/`);
    expect(pageCount(await page.pdf({ format: 'A4' }))).toBeGreaterThan(1);
  });

  it.each(plays)('%s fits on one A4 page', async (id) => {
    await page.goto(`${site.url}plays/${id}/`);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pageCount(pdf)).toBe(1);
  });
});
