import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible as expectAccessibleOn, useDemoSite } from '../support/demo-site.ts';

const site = useDemoSite();
const expectAccessible = (page: Page, options?: { javaScript?: boolean }) =>
  expectAccessibleOn(page, site, options);

const NICHE_MAKER = [
  'They buy on the spot',
  'Just the product',
  'Rarely',
  'A useful share',
  'No',
  'Under an hour',
];
const PLUMBER = [
  'Days or weeks',
  'They buy from people they know',
  'Sometimes',
  'Few of them',
  'No',
  'One to three hours',
];
const BROADCASTER_WITH_QUESTIONS = [
  'They buy on the spot',
  'Some trust helps',
  'Often',
  'Many',
  'No',
  'One to three hours',
];

describe('the strategy chooser without JavaScript', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await site.browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
  });
  afterAll(() => context.close());

  it('leads through plain forms to a prerendered result for the niche manufacturer: broadcast-only', async () => {
    await page.goto(`${site.url}chooser/`);
    await expectAccessible(page, { javaScript: false });
    for (const answer of NICHE_MAKER) {
      await page.getByRole('button', { name: new RegExp(`^${answer}`) }).click();
      await page.waitForLoadState('load');
    }
    expect(new URL(page.url()).pathname).toBe(
      '/chooser/on-the-spot/product-only/rarely/some/no-leader/under-an-hour/',
    );
    expect(await page.locator('#result-heading').textContent()).toMatch(/Recommended: Broadcast/i);
    expect(
      await page.locator('#chooser-result a[href="/business-types/niche-product-maker/"]').count(),
    ).toBeGreaterThan(0);
    expect(
      await page.locator('#chooser-result a.cite, #chooser-result a[href*="/sources/"]').count(),
    ).toBeGreaterThan(0);
    await expectAccessible(page, { javaScript: false });
  });

  it('lets a reader change an earlier answer from the summary', async () => {
    await page.getByRole('link', { name: 'Change this answer' }).first().click();
    expect(new URL(page.url()).pathname).toBe('/chooser/');
  });
});

describe('the strategy chooser with JavaScript', () => {
  let page: Page;
  beforeAll(async () => {
    page = await site.browser.newPage();
    await page.goto(`${site.url}chooser/`);
  });

  const answer = async (labels: string[]) => {
    for (const [index, label] of labels.entries()) {
      await page
        .locator('[data-chooser-full] fieldset')
        .nth(index)
        .getByLabel(new RegExp(`^\\s*${label}`))
        .check();
    }
  };

  it('shows every question at once and the result as soon as the last is answered, without leaving the page', async () => {
    await page.evaluate(() => Object.assign(window, { samePage: true }));
    expect(await page.locator('[data-chooser-step]').isHidden()).toBe(true);
    await answer(PLUMBER);
    await expect
      .poll(() => page.locator('#result-heading').textContent())
      .toMatch(/Recommended: Conversational/i);
    expect(
      await page.locator('#chooser-result a[href="/business-types/local-trades/"]').count(),
    ).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    expect(new URL(page.url()).pathname).toBe(
      '/chooser/days-or-weeks/relationship/sometimes/few/no-leader/a-few-hours/',
    );
    await expectAccessible(page);
  });

  it('updates the result when an answer changes, and the shared URL opens the same result', async () => {
    await answer(BROADCASTER_WITH_QUESTIONS);
    await expect.poll(() => page.locator('#result-heading').textContent()).toMatch(/Recommended: Hybrid/i);
    const shared = page.url();
    const other = await site.browser.newPage();
    await other.goto(shared);
    expect(await other.locator('#result-heading').textContent()).toMatch(/Recommended: Hybrid/i);
    expect(await other.locator('[data-chooser-full] input:checked').count()).toBe(6);
    await other.close();
  });
});
