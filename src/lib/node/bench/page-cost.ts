/**
 * What a reader's browser fetches, measured in the real Chromium against the benchmark's gzip
 * host (static-server.ts): a page's first view, and a cold search from a content page (open the
 * header's search, type a query, wait for the first result link). Sums are in
 * src/lib/bench/web-cost.ts.
 */
import type { Browser, Page } from 'playwright-core';
import { type FetchedResponse, type PageWeight, type SearchCost, summarize } from '../../bench/web-cost.ts';

/** The header's search link, and a result link in the search dialog (src/components/search/). */
export const SEARCH_OPEN = 'a.search-open';
export const SEARCH_INPUT = 'dialog[open] input[type="search"]';
export const SEARCH_RESULT = 'dialog .search-result a';

/**
 * A fresh context as a first-time visitor's browser, but with service workers blocked: the
 * offline precache a page starts after load is background traffic, not the page's weight or the
 * search's, and would compete with the search being timed.
 */
function freshContext(browser: Browser) {
  return browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
}

/** Records every response the page receives from now on, with its size on the wire. */
function recordResponses(page: Page): { responses: FetchedResponse[]; settle: () => Promise<void> } {
  const responses: FetchedResponse[] = [];
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (request) => {
    pending.push(
      (async () => {
        const response = await request.response();
        if (!response) return;
        const sizes = await request.sizes().catch(() => undefined);
        const body = await response.body().catch(() => Buffer.alloc(0));
        responses.push({
          url: request.url(),
          resourceType: request.resourceType(),
          status: response.status(),
          bodyBytes: body.length,
          encodedBodyBytes: sizes ? sizes.responseBodySize : 0,
          wireBytes: sizes ? sizes.responseBodySize + sizes.responseHeadersSize : 0,
        });
      })(),
    );
  });
  return {
    responses,
    settle: async () => {
      await Promise.all(pending);
    },
  };
}

/** Loads the page until the network is idle, plus half a second for anything loaded on idle. */
async function loadQuietly(page: Page, url: string): Promise<void> {
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  if (response?.status() !== 200) throw new Error(`GET ${url} answered ${response?.status()}`);
  await page.waitForTimeout(500);
  await page.waitForLoadState('networkidle');
}

/** A page's first view in a fresh browser context: every byte until the network is idle. */
export async function measurePageWeight(browser: Browser, origin: string, path: string): Promise<PageWeight> {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    const recorder = recordResponses(page);
    await loadQuietly(page, `${origin}${path}`);
    await recorder.settle();
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    return { path, load: summarize(recorder.responses), domNodes };
  } finally {
    await context.close();
  }
}

interface SearchWindow {
  __openedAt?: number;
  __firstResultAt?: number;
}

/** One cold search: a fresh context, the page loaded and idle, then open, type, first result. */
async function searchOnce(browser: Browser, url: string, query: string) {
  const context = await freshContext(browser);
  try {
    const page = await context.newPage();
    await loadQuietly(page, url);
    const recorder = recordResponses(page);
    await page.evaluate(
      ({ open, result }) => {
        const w = window as unknown as SearchWindow;
        document.addEventListener(
          'click',
          (event) => {
            if ((event.target as Element | null)?.closest(open)) w.__openedAt ??= performance.now();
          },
          { capture: true },
        );
        const check = () => {
          if (!w.__firstResultAt && document.querySelector(result)) w.__firstResultAt = performance.now();
        };
        new MutationObserver(check).observe(document.documentElement, {
          childList: true,
          subtree: true,
        });
      },
      { open: SEARCH_OPEN, result: SEARCH_RESULT },
    );
    await page.click(SEARCH_OPEN);
    await page.waitForSelector(SEARCH_INPUT, { state: 'visible' });
    const typedAt = await page.evaluate(() => performance.now());
    await page.fill(SEARCH_INPUT, query);
    await page.waitForFunction(() => ((window as unknown as SearchWindow).__firstResultAt ?? 0) > 0, null, {
      timeout: 30_000,
    });
    const { openedAt, firstAt } = await page.evaluate(() => {
      const w = window as unknown as SearchWindow;
      return { openedAt: w.__openedAt ?? 0, firstAt: w.__firstResultAt ?? 0 };
    });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    await recorder.settle();
    const results = await page.locator(SEARCH_RESULT).count();
    return {
      msFromOpen: firstAt - openedAt,
      msFromTyping: firstAt - typedAt,
      fetched: summarize(recorder.responses),
      results,
    };
  } finally {
    await context.close();
  }
}

/** `runs` cold searches from the page; times of each run, bytes of the first. */
export async function measureSearch(
  browser: Browser,
  origin: string,
  from: string,
  query: string,
  runs: number,
): Promise<SearchCost> {
  const all = [];
  for (let k = 0; k < runs; k++) all.push(await searchOnce(browser, `${origin}${from}`, query));
  const [first] = all;
  if (!first) throw new Error('no search run');
  return {
    from,
    query,
    msFromOpen: all.map((r) => r.msFromOpen),
    msFromTyping: all.map((r) => r.msFromTyping),
    fetched: first.fetched,
    results: first.results,
  };
}
