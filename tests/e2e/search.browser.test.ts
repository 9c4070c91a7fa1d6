import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, useDemoSite } from '../support/demo-site.ts';

const site = useDemoSite();
let page: Page;
beforeAll(async () => {
  page = await site.browser.newPage();
});

describe('search over the built playbook', () => {
  it('finds a business type page and a source passage with the real Pagefind index', async () => {
    await page.goto(`${site.url}search/?q=plumber`);
    const results = page.locator('.pagefind-ui__result-link');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.some((h) => h.startsWith('/business-types/local-trades/'))).toBe(true);
    await page.goto(`${site.url}search/?q=fisherfolk`);
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const sourceHrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(sourceHrefs.some((h) => h.startsWith('/sources/twitter-overtakes-linkedin-for-sales/'))).toBe(
      true,
    );
    await expectAccessible(page, site);
  });

  it('does not index the chrome or the prerendered chooser steps', async () => {
    // "recommended" is on every chooser result page, and on the guides and business type pages.
    await page.goto(`${site.url}search/?q=recommended`);
    await expect
      .poll(() => page.locator('.pagefind-ui__result-link').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
    const hrefs = await page
      .locator('.pagefind-ui__result-link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => /\/chooser\/.+\//.test(h))).toEqual([]);
  });
});
