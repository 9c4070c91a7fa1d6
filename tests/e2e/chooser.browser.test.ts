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

  it('can be answered with the keyboard alone: Tab into each question, arrows to choose', async () => {
    const keyboard = await site.browser.newPage();
    try {
      await keyboard.goto(`${site.url}chooser/`);
      const fieldsets = keyboard.locator('[data-chooser-full] fieldset');
      const focusedRadio = () =>
        keyboard.evaluate(() => {
          const active = document.activeElement;
          if (!(active instanceof HTMLInputElement) || active.type !== 'radio') return null;
          const fieldset = active.closest('[data-chooser-full] fieldset');
          const all = [...document.querySelectorAll('[data-chooser-full] fieldset')];
          return { question: fieldset ? all.indexOf(fieldset) : -1, value: active.value };
        });
      for (const [question, label] of PLUMBER.entries()) {
        // Tab until the focus is in this question's radio group (Tab skips the rest of a group).
        for (let presses = 0; (await focusedRadio())?.question !== question; presses++) {
          expect(presses, `Tab never reached question ${question + 1}`).toBeLessThan(40);
          await keyboard.keyboard.press('Tab');
        }
        const labels = await fieldsets
          .nth(question)
          .locator('label')
          .evaluateAll((nodes) => nodes.map((node) => node.textContent?.trim() ?? ''));
        const target = labels.findIndex((text) => text.startsWith(label));
        expect(target, `"${label}" is an answer of question ${question + 1}`).toBeGreaterThanOrEqual(0);
        // A group entered by Tab has its first option focused: Space chooses it, arrows move on.
        if (target === 0) await keyboard.keyboard.press('Space');
        for (let k = 0; k < target; k++) await keyboard.keyboard.press('ArrowDown');
      }
      await expect
        .poll(() => keyboard.locator('#result-heading').textContent())
        .toMatch(/Recommended: Conversational/i);
    } finally {
      await keyboard.close();
    }
  });

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

describe('a shared chooser result on a phone', () => {
  let page: Page;
  const plumber = '/chooser/days-or-weeks/relationship/sometimes/few/no-leader/a-few-hours/';
  beforeAll(async () => {
    page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
  });
  afterAll(() => page.close());

  it('opens on the result, with the answers below and the form folded away', async () => {
    await page.goto(`${site.url}${plumber.slice(1)}`);
    const heading = await page.locator('#result-heading').boundingBox();
    expect(heading?.y).toBeLessThan(844 / 2);
    expect(await page.locator('#result-heading').textContent()).toMatch(/Recommended: Conversational/);
    expect(await page.title()).toMatch(/^Recommended: Conversational · closest: Local trades/);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(
      `https://playbook.example.com${plumber}`,
    );
    expect(await page.locator('[data-chooser-full]').isVisible()).toBe(false);
    const change = page.locator('[data-chooser-change] > summary');
    expect(await change.textContent()).toBe('Change your answers');
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(390);
    await expectAccessible(page);
  });

  it('changes an answer in place: the result and the list of answers follow', async () => {
    await page.locator('[data-chooser-change] > summary').click();
    await page
      .locator('[data-chooser-full] fieldset')
      .nth(0)
      .getByLabel(/^\s*They buy on the spot/)
      .check();
    await page
      .locator('[data-chooser-full] fieldset')
      .nth(1)
      .getByLabel(/^\s*Just the product/)
      .check();
    await page
      .locator('[data-chooser-full] fieldset')
      .nth(2)
      .getByLabel(/^\s*Rarely/)
      .check();
    await page
      .locator('[data-chooser-full] fieldset')
      .nth(3)
      .getByLabel(/^\s*A useful share/)
      .check();
    await page
      .locator('[data-chooser-full] fieldset')
      .nth(5)
      .getByLabel(/^\s*Under an hour/)
      .check();
    await expect
      .poll(() => page.locator('#result-heading').textContent())
      .toMatch(/Recommended: Broadcast only/i);
    expect(new URL(page.url()).pathname).toMatch(/^\/chooser\/on-the-spot\//);
    // Each change fetches the result for the answers so far: wait for the last one.
    await expect.poll(() => page.locator('.chooser-answers').textContent()).toContain('Under an hour');
    expect(new URL(page.url()).pathname).toMatch(/\/under-an-hour\/$/);
    await expectAccessible(page);
  });

  it('prints the recommendation and the answers, not the form', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#chooser-result').isVisible()).toBe(true);
    expect(await page.locator('.chooser-answers').isVisible()).toBe(true);
    expect(await page.locator('[data-chooser-change]').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
  });
});

describe('an unfinished chooser with JavaScript', () => {
  it('names the questions still open', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}chooser/`);
    const fieldsets = page.locator('[data-chooser-full] fieldset');
    await fieldsets
      .nth(0)
      .getByLabel(/^\s*Days or weeks/)
      .check();
    await fieldsets
      .nth(2)
      .getByLabel(/^\s*Sometimes/)
      .check();
    await fieldsets
      .nth(3)
      .getByLabel(/^\s*Few of them/)
      .check();
    await fieldsets
      .nth(4)
      .getByLabel(/^\s*No/)
      .check();
    await expect
      .poll(() => page.locator('#chooser-result .notice').textContent())
      .toBe('To see your result, answer questions 2 and 6.');
    await page.locator('#chooser-result .notice a', { hasText: '2' }).click();
    await expect.poll(() => new URL(page.url()).hash).toBe('#chooser-question-2');
    await page.close();
  });
});
