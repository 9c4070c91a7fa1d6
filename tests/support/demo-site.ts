/**
 * Browser tests of the demo playbook share one setup: the build from global-setup served on
 * 127.0.0.1, one headless Chromium, and an axe check that fails on any violation.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  axeViolations,
  axeViolationsWithoutSiteScripts,
  describeViolations,
  launchBrowser,
} from './browser.ts';
import { demoSiteBuilt } from './demo-build.ts';
import { type StaticServer, serveStatic } from './static-server.ts';

export interface DemoSite {
  /** The site's root URL, base path included, ending in "/". */
  url: string;
  browser: Browser;
}

/** Registers beforeAll/afterAll hooks; the returned object is filled in before the first test. */
export function useDemoSite(): DemoSite {
  const site = {} as DemoSite;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    const built = await demoSiteBuilt();
    server = await serveStatic(built.outDir, built.base);
    site.url = server.url;
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
  });
  return site;
}

/** Fails the test with every axe violation on the page; `javaScript: false` checks the page as served. */
export async function expectAccessible(
  page: Page,
  site: DemoSite,
  { javaScript = true } = {},
): Promise<void> {
  const violations = javaScript
    ? await axeViolations(page)
    : await axeViolationsWithoutSiteScripts(site.browser, page.url());
  expect(violations, describeViolations(page.url(), violations)).toEqual([]);
}
