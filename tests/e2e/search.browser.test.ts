import type { Page, Request } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, useDemoSite } from '../support/demo-site.ts';

const site = useDemoSite();
let page: Page;
beforeAll(async () => {
  page = await site.browser.newPage();
});
afterEach(async () => {
  await page.emulateMedia({ colorScheme: 'light' });
});

const resultPaths = () =>
  page
    .locator('x-search:visible .search-result a')
    .evaluateAll((links) => links.map((a) => new URL(a.getAttribute('href') ?? '', location.href).pathname));

/** Waits until the visible search panel has answered the query typed. */
async function waitForResults(query: string): Promise<void> {
  await expect
    .poll(() => page.locator('x-search:visible .search-status').textContent(), { timeout: 15_000 })
    .toContain(query);
}

describe('search from every page', () => {
  it('opens with "/" on a content page, is accessible light and dark, and Esc returns focus', async () => {
    await page.goto(`${site.url}plays/business-bio/`);
    const trigger = page.locator('a.search-open');
    await trigger.focus();
    await page.keyboard.press('/');
    const dialog = page.locator('dialog.search-dialog');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(true);
    // Styled from the moment it opens: its stylesheet loads with the search, not with the page.
    expect(await dialog.evaluate((d) => getComputedStyle(d).borderTopLeftRadius)).not.toBe('0px');
    expect(await page.locator('link[rel="stylesheet"][href$="/search/panel.css"]').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.keyboard.type('bio');
    await waitForResults('bio');
    expect(await page.locator('dialog .search-status').getAttribute('role')).toBe('status');
    await expectAccessible(page, site);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(page, site);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((d: HTMLDialogElement) => d.open)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('search-open'))).toBe(true);
  });

  it('opens with Ctrl+K, even while typing elsewhere on the page', async () => {
    await page.goto(`${site.url}guides/how-to-use/`);
    await page.keyboard.press('Control+k');
    await expect
      .poll(() => page.locator('dialog.search-dialog').evaluate((d: HTMLDialogElement) => d.open))
      .toBe(true);
  });

  it('loads no part of Pagefind on a content page until search is opened', async () => {
    const requests: string[] = [];
    const fresh = await site.browser.newPage();
    fresh.on('request', (request: Request) => requests.push(request.url()));
    await fresh.goto(`${site.url}business-types/local-trades/`);
    await fresh.waitForLoadState('networkidle');
    expect(requests.filter((url) => /\/pagefind\/|synonyms\.json|\/search\/styles\./.test(url))).toEqual([]);
    await fresh.locator('a.search-open').click();
    await fresh.keyboard.type('plumber');
    await expect
      .poll(() => fresh.locator('dialog .search-status').textContent(), { timeout: 15_000 })
      .toContain('plumber');
    expect(requests.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
    await fresh.close();
  });
});

describe('results that land on the answer', () => {
  it('finds a source by a phrase of one passage, and the link opens that passage with the words marked', async () => {
    // A phrase from the paraphrase of the LinkedIn article's passage on fishing communities.
    await page.goto(`${site.url}search/?q=${encodeURIComponent('fisherfolk')}`);
    await waitForResults('fisherfolk');
    const first = page.locator('x-search:visible .search-result a').first();
    const href = (await first.getAttribute('href')) ?? '';
    expect(href).toMatch(
      /^\/sources\/twitter-overtakes-linkedin-for-sales\/\?highlight=fisherfolk#[a-z0-9-]+$/,
    );
    expect(await first.textContent()).toMatch(/^Source /);
    const anchor = decodeURIComponent(href.split('#')[1] ?? '');
    await first.click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).hash).toBe(`#${anchor}`);
    const passage = page.locator(`[id="${anchor}"]`);
    expect(await passage.evaluate((el) => el.classList.contains('passage'))).toBe(true);
    expect(await passage.locator('mark.search-hit').first().textContent()).toMatch(/^fisherfolk/i);
  });

  it('shows each result’s kind and a clean excerpt, without citation debris', async () => {
    await page.goto(`${site.url}search/?q=${encodeURIComponent('followers')}`);
    await waitForResults('followers');
    const excerpts = await page.locator('x-search:visible .result-excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(3);
    for (const text of excerpts) expect(text).not.toMatch(/¶\s*\d|\(\w[^)]*¶/);
    const kinds = await page.locator('x-search:visible .result-kind').allTextContents();
    expect(new Set(kinds).size).toBeGreaterThan(1);
    for (const kind of kinds)
      expect([
        'Play',
        'Anti-pattern',
        'Business type',
        'Mode',
        'Guide',
        'Source',
        'Example account',
      ]).toContain(kind);
  });

  it('never returns list pages, the home page, chooser steps or the withdrawn play', async () => {
    await page.goto(`${site.url}search/?q=${encodeURIComponent('post every hour')}`);
    await waitForResults('post every hour');
    const paths = await resultPaths();
    expect(paths.length).toBeGreaterThan(0);
    expect(paths).not.toContain('/plays/tweet-every-hour/');
    expect(
      paths.filter(
        (p) =>
          p === '/' ||
          /^\/(plays|sources|business-types|guides|accounts)\/$/.test(p) ||
          /\/chooser\//.test(p),
      ),
    ).toEqual([]);
  });

  it('ranks example accounts below the guidance', async () => {
    // The example accounts' findings name templated shout-outs; so do a few plays.
    await page.goto(`${site.url}search/?q=${encodeURIComponent('templated')}`);
    await waitForResults('templated');
    const paths = await resultPaths();
    const firstAccount = paths.findIndex((p) => p.startsWith('/accounts/'));
    const lastGuidance = paths.findLastIndex((p) => !p.startsWith('/accounts/'));
    expect(firstAccount, 'an example account matches this query').toBeGreaterThan(-1);
    expect(firstAccount).toBeGreaterThan(lastGuidance);
  });
});

describe('queries in the user’s words', () => {
  it('finds the page for a question full of small words', async () => {
    await page.goto(`${site.url}search/?q=${encodeURIComponent('what should my profile description say')}`);
    await waitForResults('what should my profile description say');
    expect((await resultPaths())[0]).toBe('/plays/business-bio/');
  });

  it('finds pages through a synonym from content/search-synonyms.yaml', async () => {
    // No page says "coupons"; the deals group in the synonyms file leads to the deal plays.
    await page.goto(`${site.url}search/?q=coupons`);
    await waitForResults('coupons');
    const paths = (await resultPaths()).slice(0, 5);
    expect(paths.some((p) => ['/plays/keyword-tagged-deals/', '/plays/deal-calendar/'].includes(p))).toBe(
      true,
    );
  });
});

describe('facets and the address bar', () => {
  it('opens ?q= with results, and typing and filtering update the URL; back returns', async () => {
    await page.goto(`${site.url}search/?q=plumber`);
    await waitForResults('plumber');
    const input = page.locator('x-search[data-context="page"] input[type="search"]');
    await input.fill('referral');
    await waitForResults('referral');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=referral');
    const kind = page.locator('x-search[data-context="page"] select[data-facet="kind"]');
    const options = await kind.locator('option').allTextContents();
    expect(options).toContain('Play');
    expect(options.join(' ')).not.toMatch(/business-type|b2b-sales-team|\(0\)/);
    await kind.selectOption('Play');
    await expect.poll(() => new URL(page.url()).search).toBe('?q=referral&kind=Play');
    await expect
      .poll(async () => [...new Set(await page.locator('x-search:visible .result-kind').allTextContents())], {
        timeout: 15_000,
      })
      .toEqual(['Play']);
    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('?q=referral');
    await expect.poll(() => kind.inputValue()).toBe('');
  });

  it('browses a filter with an empty query: every play for local trades, by its human label', async () => {
    await page.goto(
      `${site.url}search/?kind=Play&type=${encodeURIComponent('Local trades and home services')}`,
    );
    await expect
      .poll(() => page.locator('x-search:visible .search-result').count(), { timeout: 15_000 })
      .toBeGreaterThan(1);
    const type = page.locator('x-search[data-context="page"] select[data-facet="type"]');
    expect(await type.inputValue()).toBe('Local trades and home services');
    const labels = await type.locator('option').allTextContents();
    expect(labels.some((l) => /^Local trades and home services \(\d+\)$/.test(l))).toBe(true);
    expect(labels.join(' ')).not.toMatch(/local-trades|\(0\)/);
  });

  it('without JavaScript, lists every page by kind, with the facets as links', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const noJs = await context.newPage();
      await noJs.goto(`${site.url}search/`);
      const headings = await noJs.locator('.search-index h3').allTextContents();
      expect(headings).toEqual(
        expect.arrayContaining(['Plays', 'Anti-patterns', 'Business types', 'Modes', 'Guides', 'Sources']),
      );
      // The filters wait for Pagefind with JavaScript; without it they take no room at all.
      expect(await noJs.locator('.search-facets').evaluate((f) => getComputedStyle(f).display)).toBe('none');
      await noJs.locator('.search-facet-links a', { hasText: 'Local trades and home services' }).click();
      expect(new URL(noJs.url()).pathname).toBe('/search/type/local-trades/');
      const listed = await noJs
        .locator('.search-index-list a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(listed).toContain('/business-types/local-trades/');
      await noJs.goto(`${site.url}search/kind/play/`);
      expect(await noJs.locator('.search-index-list li').count()).toBeGreaterThan(20);
      await expectAccessible(noJs, site, { javaScript: false });
    } finally {
      await context.close();
    }
  });

  it('/search/ does not shift as the filters fill in on a phone (Lighthouse counts it)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const phone = await context.newPage();
      await phone.goto(`${site.url}search/`);
      await expect
        .poll(() => phone.locator('.search-facets select[name="kind"] option').count(), { timeout: 15_000 })
        .toBeGreaterThan(1);
      const shift = await phone.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 300);
          }),
      );
      expect(shift).toBeLessThan(0.01);
    } finally {
      await context.close();
    }
  });
});
