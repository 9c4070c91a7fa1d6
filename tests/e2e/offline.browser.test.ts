/**
 * Offline reading (issue 10, point 8) in a real Chromium, on the demo playbook built under a base
 * path (`/playbook/`, where the worker's scope matters) and served by a server this file can cut:
 * - after one visit and the background precache, with the network gone, a page never visited
 *   opens, search finds and opens results, and the page says it is offline;
 * - a new build replaces the old build's cache, downloading only the files that changed.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeOfflineFiles } from '../../src/lib/node/offline/offline-files.ts';
import { cacheName } from '../../src/lib/offline/cache-keys.ts';
import type { OfflineManifest } from '../../src/lib/offline/manifest.ts';
import { axeViolations, describeViolations, launchBrowser } from '../support/browser.ts';
import { buildPlaybook, PROJECT_ROOT, scratchDir } from '../support/build.ts';

const BASE = '/playbook/';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

let outDir: string;
let server: http.Server;
let url: string;
let browser: Browser;
/** False: the server drops every connection, as a network that is gone. */
let reachable = true;
/** Paths the server answered, in order. */
const served: string[] = [];

/** The built site under BASE, with the host's usual answers: folder pages, redirects and 404.html. */
function handle(request: http.IncomingMessage, response: http.ServerResponse): void {
  if (!reachable) {
    request.socket.destroy();
    return;
  }
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
  served.push(pathname);
  const relative = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : null;
  const file =
    relative === null
      ? ''
      : path.join(outDir, relative.endsWith('/') || !relative ? `${relative}index.html` : relative);
  if (file.startsWith(outDir) && fs.existsSync(file) && fs.statSync(file).isFile()) {
    response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(response);
  } else if (file && fs.existsSync(path.join(file, 'index.html'))) {
    response.writeHead(301, { location: `${pathname}/` }).end();
  } else {
    response.writeHead(404, { 'content-type': TYPES['.html'] ?? '' });
    fs.createReadStream(path.join(outDir, '404.html')).pipe(response);
  }
}

beforeAll(async () => {
  outDir = path.join(scratchDir('offline'), 'dist');
  const built = await buildPlaybook({
    contentDir: path.join(PROJECT_ROOT, 'content'),
    outDir,
    env: { PLAYBOOK_BASE: BASE },
  });
  expect(built.code, built.output).toBe(0);
  server = http.createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${BASE}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

let context: BrowserContext | undefined;
afterEach(async () => {
  reachable = true;
  await context?.close();
  context = undefined;
});

const manifest = (): OfflineManifest =>
  JSON.parse(fs.readFileSync(path.join(outDir, 'offline-manifest.json'), 'utf8')) as OfflineManifest;

/** Opens `address` in a fresh browser (no worker, no cache yet) and waits for the precache to finish. */
async function firstVisit(address: string): Promise<Page> {
  context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(address);
  await page.waitForFunction(() => document.documentElement.dataset.offline === 'ready', null, {
    timeout: 90_000,
  });
  return page;
}

async function cutNetwork(): Promise<void> {
  reachable = false;
  await context?.setOffline(true);
}

const status = (page: Page) => page.locator('[data-offline-status]');

describe('after one visit, with the network gone', () => {
  it('opens a page never visited, a search result link, and the search dialog finds and opens results', async () => {
    const page = await firstVisit(`${url}plays/business-bio/`);
    // Every file but the redirect pages, which the worker answers without storing them.
    const total = manifest().files.filter((entry) => entry.redirect === undefined).length;
    expect(await page.evaluate(() => document.documentElement.dataset.offlineProgress)).toBe(
      `${total}/${total}`,
    );
    expect(total).toBeGreaterThan(1000);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(
      url,
    );
    expect(await status(page).textContent()).toBe('');

    await cutNetwork();
    // The page open when the network went says so, politely.
    await expect.poll(() => status(page).textContent()).toMatch(/^You are offline\. The whole playbook/);
    expect(await status(page).getAttribute('role')).toBe('status');

    await page.goto(`${url}strategies/hybrid/`);
    expect(await page.locator('h1').first().textContent()).toMatch(/hybrid/i);
    expect(await status(page).textContent()).toMatch(/^You are offline/);

    // Search results link to `page/?highlight=…#anchor`: the query is no obstacle to the cache.
    await page.goto(`${url}sources/twitter-overtakes-linkedin-for-sales/?highlight=fisherfolk`);
    await expect.poll(() => page.locator('main mark.search-hit').count()).toBeGreaterThan(0);

    await page.locator('a.search-open').click();
    await page.keyboard.type('bio');
    const results = page.locator('dialog .search-result a');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const href = (await results.first().getAttribute('href')) ?? '';
    expect(href.startsWith(BASE)).toBe(true);
    await results.first().click();
    await page.waitForURL((address) => address.pathname === href.split(/[?#]/)[0]);
    expect(await page.locator('main mark.search-hit').count()).toBeGreaterThan(0);

    // A short link (its page is not stored: the worker answers with its redirect), a folder
    // typed without its slash, and a page that does not exist answer as the host would.
    await page.goto(`${url}p/business-bio/`);
    expect(new URL(page.url()).pathname).toBe(`${BASE}plays/business-bio/`);
    await page.goto(`${url}plays/business-bio`);
    expect(new URL(page.url()).pathname).toBe(`${BASE}plays/business-bio/`);
    const missing = await page.goto(`${url}no-such-page/`);
    expect(missing?.status()).toBe(404);
  }, 150_000);

  it('shows the notice in the flow at the top of the text, accessible light and dark, and never in print', async () => {
    const page = await firstVisit(url);
    await cutNetwork();
    await page.goto(`${url}business-types/local-trades/`);
    const notice = status(page);
    await expect.poll(() => notice.textContent()).toMatch(/^You are offline/);
    const [header, line, heading] = await Promise.all(
      ['header.site-header', '[data-offline-status]', 'main h1'].map((selector) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => {
            const box = el.getBoundingClientRect();
            return { top: box.top, bottom: box.bottom, position: getComputedStyle(el).position };
          }),
      ),
    );
    // In the flow, between the header and the page's title: it pushes the text down, never covers it.
    expect(line?.position).toBe('static');
    expect(line?.top).toBeGreaterThanOrEqual(header?.bottom ?? Number.NaN);
    expect(heading?.top).toBeGreaterThanOrEqual(line?.bottom ?? Number.NaN);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const violations = await axeViolations(page);
      expect(violations, describeViolations(page.url(), violations)).toEqual([]);
    }
    await page.emulateMedia({ media: 'print' });
    expect(await notice.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // Back online: said once, then the notice empties and takes no room again.
    reachable = true;
    await context?.setOffline(false);
    await expect.poll(() => notice.textContent()).toBe('Back online.');
    await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toBe('');
    expect(await notice.evaluate((el) => getComputedStyle(el).position)).toBe('absolute');
    expect(await notice.getAttribute('role')).toBe('status');
  }, 150_000);
});

describe('a new build', () => {
  it('replaces the old build’s cache, downloading only the files that changed', async () => {
    const page = await firstVisit(url);
    const oldVersion = await page.evaluate(() => document.documentElement.dataset.offlineVersion);
    expect(oldVersion).toBe(manifest().version);

    // Deploy a new build: one page changed, then the manifest and worker written as the build does.
    const changed = path.join(outDir, 'plays/business-bio/index.html');
    fs.writeFileSync(
      changed,
      fs
        .readFileSync(changed, 'utf8')
        .replace('</main>', '<p id="revised">Revised in the new build.</p></main>'),
    );
    const { manifest: next } = await writeOfflineFiles(
      outDir,
      path.join(PROJECT_ROOT, 'src/client/service-worker.ts'),
    );
    expect(next.version).not.toBe(oldVersion);
    served.length = 0;

    await page.reload();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.waitForFunction(
      (old) =>
        document.documentElement.dataset.offline === 'ready' &&
        document.documentElement.dataset.offlineVersion !== old,
      oldVersion,
      { timeout: 90_000 },
    );
    expect(await page.evaluate(() => document.documentElement.dataset.offlineVersion)).toBe(next.version);
    expect(await page.evaluate(() => caches.keys())).toEqual([cacheName(url, next.version)]);
    // Unchanged files came from the old cache: no script, index file or chooser page was fetched again.
    expect(served).toContain(`${BASE}plays/business-bio/`);
    expect(served.filter((p) => /\/(_astro|pagefind|chooser)\//.test(p))).toEqual([]);

    await cutNetwork();
    await page.goto(`${url}plays/business-bio/?highlight=bio`);
    expect(await page.locator('#revised').textContent()).toBe('Revised in the new build.');
  }, 150_000);
});
