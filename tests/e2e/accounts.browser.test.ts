import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, useDemoSite } from '../support/demo-site.ts';

const site = useDemoSite();
let page: Page;
beforeAll(async () => {
  page = await site.browser.newPage();
});

describe('example accounts in a real browser', () => {
  it('compares all eight examples in one table, labelled as illustrative', async () => {
    await page.goto(`${site.url}accounts/`);
    const rows = page.locator('table tbody tr');
    expect(await rows.count()).toBe(8);
    expect(await page.textContent('main')).toMatch(/illustrative/i);
    await expectAccessible(page, site);
  });

  it('reaches an account from its business type page and shows charts, classification and gap report', async () => {
    await page.goto(`${site.url}business-types/local-trades/`);
    await page.locator('main a[href^="/accounts/"]').first().click();
    await page.waitForLoadState('load');
    expect(new URL(page.url()).pathname).toMatch(/^\/accounts\/[a-z]+-[a-z]+-[0-9a-f]{4}\/$/);
    expect(await page.locator('svg[role="img"]').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#classification').isVisible()).toBe(true);
    expect(await page.locator('#gaps').isVisible()).toBe(true);
    expect(await page.locator('main').textContent()).toMatch(/conversational/i);
    await expectAccessible(page, site);
  });

  it('never shows anything that looks like a post: no post text, handles or links to x.com', async () => {
    const html = await page.content();
    expect(html).not.toMatch(/https?:\/\/(?:www\.)?(?:x|twitter)\.com\//);
    expect(await page.locator('main').textContent()).not.toMatch(/@\w{2,}/);
  });
});
