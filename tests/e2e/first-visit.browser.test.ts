/**
 * What a first-time visitor tripped over (issue 11, point 8), each checked on the built demo site
 * so that it cannot come back: the chooser's questions on a phone, the business type page that
 * said "Recommended mode" twice, anti-patterns timed like plays, headlines in title case, "only
 * 0%", the comparison that scrolled without saying so, long pages without contents, and the
 * how-to guide naming the workshop card without linking it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, useDemoSite } from '../support/demo-site.ts';

const site = useDemoSite();
const CONTENT = path.resolve(import.meta.dirname, '../../content');
const ids = (folder: string, ext: RegExp) =>
  fs
    .readdirSync(path.join(CONTENT, folder))
    .filter((f) => ext.test(f))
    .map((f) => f.replace(ext, ''));
const businessTypes = ids('business-types', /\.mdx$/);
const modes = ids('modes', /\.mdx$/);
const guides = ids('pages', /\.mdx$/);
const sources = ids('sources', /\.md$/);
const accounts = ids('accounts', /\.json$/);

const PHONE = { width: 390, height: 844 };
const open = async (page: Page, sitePath: string) => {
  await page.goto(`${site.url}${sitePath.replace(/^\//, '')}`);
};

/** The page's own level-2 sections: id and text, without section links, copy buttons or the QR overlay. */
const mainSections = (page: Page) =>
  page.locator('main h2').evaluateAll((els) =>
    els
      .filter((el) => !el.closest('.qr-overlay, nav, dialog'))
      .map((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        for (const extra of copy.querySelectorAll('.heading-anchor, button')) extra.remove();
        return { id: el.id, text: (copy.textContent ?? '').replace(/\s+/g, ' ').trim() };
      }),
  );

/** Where each legend sits in its fieldset, and where each answer's text starts beside its radio. */
async function questionLayout(page: Page, selector: string) {
  return page.locator(`${selector} fieldset`).evaluateAll((fieldsets) =>
    fieldsets.map((fieldset) => {
      const box = fieldset.getBoundingClientRect();
      const style = getComputedStyle(fieldset);
      const inner =
        box.width -
        Number.parseFloat(style.borderLeftWidth) -
        Number.parseFloat(style.borderRightWidth) -
        Number.parseFloat(style.paddingLeft) -
        Number.parseFloat(style.paddingRight);
      const legend = fieldset.querySelector('legend')?.getBoundingClientRect();
      const options = [...fieldset.querySelectorAll('label')].map((label) => {
        const input = label.querySelector('input')?.getBoundingClientRect();
        // The boxes of the answer's words, line by line: the label's own text, not its radio.
        const text = [...label.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim())
          .flatMap((node) => {
            const range = document.createRange();
            range.selectNodeContents(node);
            return [...range.getClientRects()].filter((r) => r.width > 0);
          });
        return {
          inputRight: input?.right ?? 0,
          inputMiddle: input ? input.top + input.height / 2 : 0,
          textLeft: Math.min(...text.map((r) => r.left)),
          firstLine: text[0] ? { top: text[0].top, bottom: text[0].bottom } : undefined,
        };
      });
      return {
        borderTop: box.top + Number.parseFloat(style.borderTopWidth),
        innerWidth: inner,
        legendTop: legend?.top ?? 0,
        legendWidth: legend?.width ?? 0,
        options,
      };
    }),
  );
}

describe('the chooser on a phone', () => {
  let context: BrowserContext;
  afterAll(() => context?.close());

  it('puts each question inside its box, across the box’s full width, with JavaScript', async () => {
    context = await site.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await open(page, '/chooser/');
    const layout = await questionLayout(page, '[data-chooser-full]');
    expect(layout).toHaveLength(6);
    for (const question of layout) {
      // A legend left as browsers draw it sits across the top border, in a notch narrower than the box.
      expect(question.legendTop).toBeGreaterThanOrEqual(question.borderTop);
      expect(question.legendWidth).toBeGreaterThanOrEqual(question.innerWidth - 1);
    }
    await expectAccessible(page, site);
  });

  it('keeps each radio button beside the first line of its answer, and a long answer wraps under its text', async () => {
    const page = context.pages()[0] as Page;
    const options = (await questionLayout(page, '[data-chooser-full]')).flatMap((q) => q.options);
    expect(options.length).toBeGreaterThanOrEqual(18);
    for (const option of options) {
      expect(option.textLeft).toBeGreaterThan(option.inputRight);
      expect(option.inputMiddle).toBeGreaterThan(option.firstLine?.top ?? Number.POSITIVE_INFINITY);
      expect(option.inputMiddle).toBeLessThan(option.firstLine?.bottom ?? 0);
    }
  });

  it('puts the question inside its box without JavaScript too', async () => {
    const noScript = await site.browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
    const page = await noScript.newPage();
    await open(page, '/chooser/');
    const [question] = await questionLayout(page, '[data-chooser-step]');
    expect(question?.legendTop).toBeGreaterThanOrEqual(question?.borderTop ?? Number.POSITIVE_INFINITY);
    expect(question?.legendWidth).toBeGreaterThanOrEqual((question?.innerWidth ?? 0) - 1);
    expect(await page.locator('[data-chooser-step] legend').textContent()).toMatch(/^Question 1 of 6 \S/);
    await noScript.close();
  });
});

describe('pages as a first-time reader meets them', () => {
  let page: Page;
  beforeAll(async () => {
    page = await site.browser.newPage();
  });
  afterAll(() => page.close());

  it.each(businessTypes)(
    'business type %s says "Recommended mode" in one heading, and no heading twice',
    async (id) => {
      await open(page, `/business-types/${id}/`);
      const texts = (await mainSections(page)).map((h) => h.text);
      expect(texts.filter((text) => /^recommended mode/i.test(text))).toHaveLength(1);
      expect(new Set(texts).size).toBe(texts.length);
    },
  );

  it('shows anti-patterns with the time their way out takes, and only plays with a time a week', async () => {
    for (const sitePath of ['/plays/', '/business-types/local-trades/', '/strategies/conversational/']) {
      await open(page, sitePath);
      const anti = await page.locator('.play-card.anti .meta-list').allTextContents();
      const plays = await page.locator('.play-card:not(.anti) .meta-list').allTextContents();
      expect(anti.length, sitePath).toBeGreaterThan(0);
      for (const text of anti) expect(text, sitePath).toMatch(/^(Easy|Medium|Hard) · the way out takes \d/);
      for (const text of plays) expect(text, sitePath).toMatch(/ a week$| One-off$/);
    }
    await open(page, '/plays/one-way-posting-when-you-want-relationships/');
    const facts = await page.locator('.play-facts dt').allTextContents();
    expect(facts).not.toContain('Time per week');
    expect(facts).toEqual(expect.arrayContaining(['The way out', 'Staying out']));
  });

  it('shows a headline in sentence case and credits the article with its headline as published', async () => {
    await open(page, '/sources/twitter-overtakes-linkedin-for-sales/');
    expect(await page.locator('h1').textContent()).toBe(
      'Why Twitter has overtaken LinkedIn as the sales social network of choice',
    );
    expect(await page.locator('main').textContent()).toContain(
      'Published as Why Twitter Has Overtaken Linkedin As The Sales Social Network Of Choice',
    );
    await open(page, '/business-types/b2b-sales-team/');
    const cites = await page.locator('main cite').allTextContents();
    expect(cites.filter((c) => /overtaken/i.test(c)).length).toBeGreaterThan(0);
    for (const cite of cites.filter((c) => /overtaken/i.test(c)))
      expect(cite).toMatch(/^Why Twitter has overtaken LinkedIn/);
  });

  it('never says "only 0%" on an account page, and says "none" instead', async () => {
    for (const pseudonym of accounts) {
      await open(page, `/accounts/${pseudonym}/`);
      expect(await page.locator('main').textContent(), pseudonym).not.toMatch(/only 0%/);
    }
    await open(page, '/accounts/jade-falcon-bb6a/');
    expect(await page.locator('main').textContent()).toContain('none go to someone answered before');
  });

  it('links the one-hour workshop card and the workshop deck page from the how-to guide', async () => {
    await open(page, '/guides/how-to-use/');
    const play = page.locator('main .prose a', { hasText: 'Choose your mode in a one-hour workshop' });
    expect(new URL((await play.getAttribute('href')) ?? '', page.url()).pathname).toBe(
      '/plays/choose-your-mode/',
    );
    const deck = page.locator('main .prose a', { hasText: 'workshop deck' });
    expect(new URL((await deck.getAttribute('href')) ?? '', page.url()).pathname).toBe('/workshop/');
  });
});

describe('the mode comparison', () => {
  it('says on a phone that the table scrolls, and scrolls from the keyboard', async () => {
    const page = await site.browser.newPage({ viewport: PHONE });
    await open(page, '/strategies/compare/');
    const hint = page.locator('#comparison-hint');
    expect(await hint.isVisible()).toBe(true);
    expect(await hint.textContent()).toMatch(/Scroll the table sideways to see all 3 modes/);
    const region = page.getByRole('region', { name: 'The modes compared' });
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await region.getAttribute('aria-describedby')).toBe('comparison-hint');
    const hintBox = await hint.boundingBox();
    const regionBox = await region.boundingBox();
    expect((hintBox?.y ?? 0) + (hintBox?.height ?? 0)).toBeLessThanOrEqual(regionBox?.y ?? 0);
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await expectAccessible(page, site);
    await page.close();
  });

  it('shows no hint where the whole table fits', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await open(page, '/strategies/compare/');
    expect(await page.locator('#comparison-hint').isVisible()).toBe(false);
    const region = page.getByRole('region', { name: 'The modes compared' });
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(false);
    await page.close();
  });
});

describe('contents lists on long pages', () => {
  let page: Page;
  beforeAll(async () => {
    page = await site.browser.newPage();
  });
  afterAll(() => page.close());

  const longPages = [
    ...modes.map((id) => `/strategies/${id}/`),
    ...businessTypes.map((id) => `/business-types/${id}/`),
    ...guides.map((id) => `/guides/${id}/`),
    ...sources.map((id) => `/sources/${id}/`),
  ];

  it.each(longPages)('%s lists its sections, in order, when it has four or more', async (sitePath) => {
    await open(page, sitePath);
    const sections = await mainSections(page);
    const nav = page.getByRole('navigation', { name: 'Contents' });
    if (sections.length < 4) {
      expect(await nav.count()).toBe(0);
      return;
    }
    const links = await nav
      .locator('a')
      .evaluateAll((as) =>
        as.map((a) => ({ href: a.getAttribute('href'), text: (a.textContent ?? '').trim() })),
      );
    expect(links).toEqual(sections.map((s) => ({ href: `#${s.id}`, text: s.text })));
  });

  it('lists the sections of every mode page, the longest pages of all', async () => {
    for (const id of modes) {
      await open(page, `/strategies/${id}/`);
      expect(
        await page.getByRole('navigation', { name: 'Contents' }).locator('a').count(),
        id,
      ).toBeGreaterThanOrEqual(8);
    }
  });

  it('takes the reader to the section and is accessible, light and dark, on a phone', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ viewport: PHONE, colorScheme });
      const phone = await context.newPage();
      await open(phone, '/strategies/hybrid/');
      await phone
        .getByRole('navigation', { name: 'Contents' })
        .getByRole('link', { name: 'Weekly routine' })
        .click();
      expect(new URL(phone.url()).hash).toBe('#mode-routine');
      const top = await phone.locator('#mode-routine').evaluate((el) => el.getBoundingClientRect().top);
      expect(Math.abs(top)).toBeLessThan(50);
      await expectAccessible(phone, site);
      await context.close();
    }
  });

  it('is left out of print', async () => {
    await open(page, '/business-types/local-trades/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Contents' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByRole('navigation', { name: 'Contents' }).isVisible()).toBe(true);
  });
});
