/**
 * Does search put a page that answers the question in the top three? At least 90% of the
 * realistic cases in tests/support/search-relevance-cases.ts must, against the real built index,
 * typed into the real search page of a real browser.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useDemoSite } from '../support/demo-site.ts';
import { RELEVANCE_CASES } from '../support/search-relevance-cases.ts';

const site = useDemoSite();
let page: Page;
beforeAll(async () => {
  page = await site.browser.newPage();
});

describe('search relevance', () => {
  it(`puts an answering page in the top three for at least 90% of ${RELEVANCE_CASES.length} realistic queries`, async () => {
    expect(RELEVANCE_CASES.length).toBeGreaterThanOrEqual(25);
    const misses: string[] = [];
    for (const { query, answers } of RELEVANCE_CASES) {
      await page.goto(`${site.url}search/?q=${encodeURIComponent(query)}`);
      await expect
        .poll(() => page.locator('x-search[data-context="page"] .search-status').textContent(), {
          timeout: 15_000,
        })
        .toContain(query);
      const top = await page
        .locator('x-search[data-context="page"] .search-result a')
        .evaluateAll((links) =>
          links.slice(0, 3).map((a) => new URL(a.getAttribute('href') ?? '', location.href).pathname),
        );
      if (!top.some((path) => answers.includes(path))) misses.push(`${query} → ${top.join(', ')}`);
    }
    const hits = RELEVANCE_CASES.length - misses.length;
    expect(hits / RELEVANCE_CASES.length, `misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
});
