/**
 * The page budgets (src/lib/quality/budgets.ts, README "Budgets") on the built demo site: sizes
 * gzipped as a host serves them, read from the files; phone layout in the real Chromium.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_BUDGETS, pageAssets, staticImports } from '../../src/lib/quality/budgets.ts';
import { type BuiltDemoSite, demoSiteBuilt } from '../support/demo-build.ts';
import { useDemoSite } from '../support/demo-site.ts';
import { TEMPLATE_PAGES } from '../support/templates.ts';

const site = useDemoSite();
let built: BuiltDemoSite;
beforeAll(async () => {
  built = await demoSiteBuilt();
});

const gzipped = (bytes: Buffer | string) => zlib.gzipSync(bytes, { level: 6 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A file of the built site from a URL path the page uses (base included). */
function builtFile(urlPath: string): Buffer {
  const inSite = urlPath.slice(built.base.length);
  return fs.readFileSync(path.join(built.outDir, inSite));
}

function pageHtml(sitePath: string): string {
  const file = sitePath.endsWith('.html') ? sitePath : `${sitePath}index.html`;
  return fs.readFileSync(path.join(built.outDir, file), 'utf8');
}

/** Each script a page loads up front, with the modules it imports statically, gzipped. */
function islands(html: string): { script: string; bytes: number }[] {
  return pageAssets(html).scripts.map((src) => {
    const seen = new Set<string>();
    const visit = (url: string): number => {
      if (seen.has(url)) return 0;
      seen.add(url);
      const code = builtFile(url);
      const dir = url.slice(0, url.lastIndexOf('/') + 1);
      return (
        gzipped(code) +
        staticImports(code.toString('utf8'))
          .filter((specifier) => specifier.startsWith('.') || specifier.startsWith('/'))
          .map((specifier) => visit(new URL(specifier, `http://x${dir}`).pathname))
          .reduce((a, b) => a + b, 0)
      );
    };
    return { script: src, bytes: visit(src) };
  });
}

describe('sizes', () => {
  it(`no HTML page is over ${kb(PAGE_BUDGETS.htmlBytes)} gzipped`, () => {
    const over = fs
      .readdirSync(built.outDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .map((file) => ({ file: path.relative(built.outDir, file), bytes: gzipped(fs.readFileSync(file)) }))
      .filter((page) => page.bytes > PAGE_BUDGETS.htmlBytes);
    expect(over).toEqual([]);
  });

  it(`all the site's CSS is under ${kb(PAGE_BUDGETS.totalCssBytes)} gzipped`, () => {
    const css = fs
      .readdirSync(path.join(built.outDir, '_astro'))
      .filter((name) => name.endsWith('.css'))
      .map((name) => gzipped(fs.readFileSync(path.join(built.outDir, '_astro', name))));
    // Styles Astro inlines into pages count once per distinct block.
    const inline = new Set(TEMPLATE_PAGES.flatMap((page) => pageAssets(pageHtml(page.path)).inlineStyles));
    const total = css.reduce((a, b) => a + b, 0) + [...inline].map(gzipped).reduce((a, b) => a + b, 0);
    expect(total, kb(total)).toBeGreaterThan(1024);
    expect(total, kb(total)).toBeLessThan(PAGE_BUDGETS.totalCssBytes);
  });

  it.each(TEMPLATE_PAGES.filter((page) => page.content))(
    '$template: the first view (HTML and CSS) is within its budget',
    ({ path: sitePath, content }) => {
      const budget = content === 'long' ? PAGE_BUDGETS.longPageFirstViewBytes : PAGE_BUDGETS.firstViewBytes;
      const html = pageHtml(sitePath);
      const css = pageAssets(html).stylesheets.map((href) => gzipped(builtFile(href)));
      const total = gzipped(html) + css.reduce((a, b) => a + b, 0);
      expect(total, `${sitePath}: ${kb(total)} of ${kb(budget)}`).toBeLessThanOrEqual(budget);
    },
  );

  it('the first view carries no search panel, QR code or search styles until they are used', () => {
    const html = pageHtml('plays/business-bio/');
    expect(html).not.toMatch(/<dialog|<x-search|<svg[^>]*viewBox="0 0 3\d 3\d"/);
    expect(html).toMatch(/<img class="qr-large[^>]*loading="lazy"/);
  });

  it.each(TEMPLATE_PAGES)(
    `$template: each script loaded up front is under ${kb(PAGE_BUDGETS.islandBytes)}`,
    ({ path: sitePath }) => {
      for (const island of islands(pageHtml(sitePath)))
        expect(island.bytes, `${sitePath}: ${island.script} ${kb(island.bytes)}`).toBeLessThan(
          PAGE_BUDGETS.islandBytes,
        );
    },
  );
});

describe(`on a ${PAGE_BUDGETS.phoneWidth} px phone`, () => {
  let page: Page;
  beforeAll(async () => {
    page = await site.browser.newPage({ viewport: { width: PAGE_BUDGETS.phoneWidth, height: 844 } });
  });

  it.each(TEMPLATE_PAGES)(
    '$template does not scroll sideways, and its chart labels are legible',
    async ({ path: sitePath }) => {
      await page.goto(`${site.url}${sitePath}`);
      const layout = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        // What sticks out, to name in a failure.
        wide: [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .filter((e) => !e.closest('[tabindex="0"], .table-scroll, [role="region"]'))
          .slice(0, 3)
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}`),
        // Chart labels as drawn: the SVG font size times the scale the chart is drawn at.
        chartText: [...document.querySelectorAll('main svg text')].map((t) => {
          const scale = (t as SVGTextElement).getScreenCTM()?.a ?? 1;
          return Math.round(scale * Number.parseFloat(getComputedStyle(t).fontSize) * 10) / 10;
        }),
      }));
      expect(
        layout.scrollWidth,
        `${sitePath} is ${layout.scrollWidth} px wide: ${layout.wide.join(', ')}`,
      ).toBeLessThanOrEqual(PAGE_BUDGETS.phoneWidth);
      if (layout.chartText.length > 0)
        expect(Math.min(...layout.chartText), sitePath).toBeGreaterThanOrEqual(PAGE_BUDGETS.minChartTextPx);
    },
  );

  it('the account page has charts to measure', async () => {
    const account = TEMPLATE_PAGES.find((p) => p.template === 'account');
    await page.goto(`${site.url}${account?.path}`);
    expect(await page.locator('main svg text').count()).toBeGreaterThan(10);
  });
});
