import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible as expectAccessibleOn, useDemoSite } from '../support/demo-site.ts';

const site = useDemoSite();
let page: Page;
beforeAll(async () => {
  page = await site.browser.newPage();
});
const expectAccessible = () => expectAccessibleOn(page, site);

describe('following a citation in a real browser', () => {
  it('opens a source page whose passages have anchors, with no accessibility violation', async () => {
    await page.goto(`${site.url}sources/`);
    await expectAccessible();
    await page.getByRole('link', { name: /people you connect with/i }).click();
    await expect.poll(() => page.url()).toContain('/sources/people-over-links/');
    // The address changes when the navigation commits, before the new page is parsed.
    await page.waitForLoadState('load');
    expect(await page.locator('section.passage').count()).toBeGreaterThan(5);
    await expectAccessible();
  });

  it('goes from a source passage to a page citing it, and back through the citation to the exact passage', async () => {
    const passage = page
      .locator('section.passage')
      .filter({ has: page.getByText('Cited by') })
      .first();
    const passageId = await passage.getAttribute('id');
    expect(passageId).toBeTruthy();
    await passage.locator('.passage-meta a').first().click();
    await page.waitForLoadState('load');
    expect(page.url()).not.toContain('/sources/');
    await expectAccessible();

    const citation = page.locator(`a[href$="/sources/people-over-links/#${passageId}"]`).first();
    await citation.click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#${passageId}`);
    const target = page.locator(`#${passageId}`);
    // The address bar changes when the navigation commits; the browser marks the target once the
    // new page is parsed, so wait for that rather than reading it at once.
    await page.waitForLoadState('load');
    await expect.poll(() => target.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await target.isVisible()).toBe(true);
  });

  it('serves the 404 page for a missing page, accessible too', async () => {
    const response = await page.goto(`${site.url}no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    await expectAccessible();
  });
});
