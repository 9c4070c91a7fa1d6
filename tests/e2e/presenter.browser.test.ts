/**
 * The presenter view of a play, driven by the keyboard only, as a facilitator with a clicker
 * would: it opens from the page's "Present" link, moves with the keys clickers send, runs a step's
 * countdown across slide changes, shows and announces the end of a time box, and Esc goes back.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible as expectAccessibleOn, useDemoSite } from '../support/demo-site.ts';

const site = useDemoSite();
const expectAccessible = (page: Page, options?: { javaScript?: boolean }) =>
  expectAccessibleOn(page, site, options);

/** Its card, "What you need", four steps (3, 3, 10 and 4 minutes) and "What to measure". */
const PLAY = 'daily-three-conversations';
const SLIDES = 7;
const pathOf = (sitePath: string) => new URL(sitePath, site.url).pathname;

const shownSlide = (page: Page) => page.locator('[data-slide]:visible');
const counter = (page: Page) => shownSlide(page).locator('.slide-counter').textContent();
const remainingMs = async (page: Page, slide: number) =>
  Number(await page.locator(`#slide-${slide} x-step-timer`).getAttribute('data-remaining-ms'));
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the presenter view of a play, with the keyboard only', () => {
  let page: Page;
  beforeAll(async () => {
    page = await site.browser.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('opens from the "Present" link on the play page, on its first slide of seven', async () => {
    await page.goto(`${site.url}plays/${PLAY}/`);
    await page.getByRole('link', { name: 'Present', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === pathOf(`present/play/${PLAY}/`));
    expect(await shownSlide(page).count()).toBe(1);
    expect(await counter(page)).toMatch(new RegExp(`\\b1 / ${SLIDES}$`));
    expect(await page.locator('h1').textContent()).toBe('Two or three real conversations a day');
    expect(await page.locator('.site-header').isVisible()).toBe(false);
  });

  it('moves on with ArrowRight, PageDown and space, back with ArrowLeft and PageUp, to the ends with Home and End', async () => {
    const counterAfter = async (key: string) => {
      await page.keyboard.press(key);
      return counter(page);
    };
    expect(await counterAfter('ArrowRight')).toMatch(/\b2 \/ 7$/);
    expect(await counterAfter('PageDown')).toMatch(/\b3 \/ 7$/);
    expect(await counterAfter(' ')).toMatch(/\b4 \/ 7$/);
    expect(await counterAfter('PageUp')).toMatch(/\b3 \/ 7$/);
    expect(await counterAfter('ArrowLeft')).toMatch(/\b2 \/ 7$/);
    expect(await counterAfter('End')).toMatch(/\b7 \/ 7$/);
    expect(await counterAfter('ArrowRight')).toMatch(/\b7 \/ 7$/);
    expect(await counterAfter('Home')).toMatch(/\b1 \/ 7$/);
    expect(await counterAfter('ArrowLeft')).toMatch(/\b1 \/ 7$/);
  });

  it('keeps the slide shown in the address, so a reload comes back to it', async () => {
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    // The address follows the slide a moment after the key: poll rather than read it once.
    await expect.poll(() => new URL(page.url()).hash).toBe('#slide-3');
    await page.reload();
    expect(await counter(page)).toMatch(/\b3 \/ 7$/);
    expect(await shownSlide(page).getByRole('heading', { level: 2 }).textContent()).toBe(
      'Open your private list and notifications, not the home feed',
    );
  });

  it('is accessible on a step slide in light and dark', async () => {
    await expectAccessible(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(page);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('counts a step’s time box down after Start (space on the button), and keeps counting while slides change', async () => {
    const display = shownSlide(page).getByRole('timer');
    expect(await display.textContent()).toBe('3:00');
    await shownSlide(page).getByRole('button', { name: 'Start' }).focus();
    await page.keyboard.press(' ');
    expect(await counter(page)).toMatch(/\b3 \/ 7$/);
    const atStart = await remainingMs(page, 3);
    await wait(1_200);
    const later = await remainingMs(page, 3);
    expect(later).toBeLessThan(atStart);
    expect(await display.textContent()).toMatch(/^2:5\d$/);
    expect(await shownSlide(page).getByRole('button', { name: 'Pause' }).count()).toBe(1);

    await page.keyboard.press('ArrowRight');
    await wait(600);
    expect(await remainingMs(page, 3)).toBeLessThan(later);
    expect(await page.locator('[data-background-timers]').textContent()).toMatch(/Step 1: 2:5\d/);
  });

  it('pauses and resets', async () => {
    await page.keyboard.press('ArrowLeft');
    await shownSlide(page).getByRole('button', { name: 'Pause' }).focus();
    await page.keyboard.press('Enter');
    const paused = await remainingMs(page, 3);
    await wait(400);
    expect(await remainingMs(page, 3)).toBe(paused);
    await shownSlide(page).getByRole('button', { name: 'Reset' }).focus();
    await page.keyboard.press('Enter');
    expect(await remainingMs(page, 3)).toBe(180_000);
    expect(await shownSlide(page).getByRole('timer').textContent()).toBe('3:00');
  });

  it('shows the end of a time box in words and announces it, on a one-second box', async () => {
    await page.keyboard.press('ArrowRight');
    const timer = shownSlide(page).locator('x-step-timer');
    // data-seconds is the box's length, read when the countdown starts: shortened here to a second.
    await timer.evaluate((element) => element.setAttribute('data-seconds', '1'));
    await shownSlide(page).getByRole('button', { name: 'Start' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => timer.getAttribute('data-state'), { timeout: 5_000 }).toBe('ended');
    expect(await timer.getByRole('timer').textContent()).toBe('0:00');
    expect(await timer.getByText('Time is up').isVisible()).toBe(true);
    await expect.poll(() => page.locator('[data-timer-status]').textContent()).toBe('Time is up: Step 2.');
    await expectAccessible(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectAccessible(page);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('leaves to the play page with Esc', async () => {
    await page.keyboard.press('Escape');
    await page.waitForURL((url) => url.pathname === pathOf(`plays/${PLAY}/`));
    expect(await page.locator('h1').textContent()).toBe('Two or three real conversations a day');
  });
});

describe('the presenter view without JavaScript', () => {
  let context: BrowserContext;
  let page: Page;
  beforeAll(async () => {
    context = await site.browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
  });
  afterAll(() => context.close());

  it('shows every slide one after another, each with its number and a step’s time box', async () => {
    await page.goto(`${site.url}present/play/${PLAY}/`);
    expect(await page.locator('[data-slide]:visible').count()).toBe(SLIDES);
    expect(await page.locator('#slide-6 .slide-counter').textContent()).toMatch(/\b6 \/ 7$/);
    expect(await page.locator('#slide-6').textContent()).toContain('Time box: 4 min');
    expect(
      await page
        .getByRole('button')
        .filter({ hasText: /Start|Next/ })
        .count(),
    ).toBe(0);
    await expectAccessible(page, { javaScript: false });
  });

  it('is not offered for search engines: no canonical link', async () => {
    expect(await page.locator('link[rel="canonical"]').count()).toBe(0);
  });
});

describe('presenter views of a business type and a mode', () => {
  let page: Page;
  beforeAll(async () => {
    page = await site.browser.newPage();
  });

  it.each([
    ['business-types/local-trades/', 'business-type/local-trades/'],
    ['strategies/hybrid/', 'mode/hybrid/'],
  ])('open from the "Present" link on /%s', async (from, to) => {
    await page.goto(`${site.url}${from}`);
    await page.getByRole('link', { name: 'Present', exact: true }).click();
    await page.waitForURL((url) => url.pathname === pathOf(`present/${to}`));
    expect(await shownSlide(page).count()).toBe(1);
    await page.keyboard.press('End');
    const last = await counter(page);
    expect(last).toMatch(/\b(\d+) \/ \1$/);
    await expectAccessible(page);
  });
});
