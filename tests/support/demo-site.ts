/**
 * Browser tests of the demo playbook share one setup: the build from global-setup served on
 * 127.0.0.1 as a host that reads `_headers` serves it, one headless Chromium, an axe check that
 * fails on any violation, and a Content-Security-Policy watch: any message of Chromium's about
 * the policy (something blocked, a directive ignored) during a test fails that test.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import {
  axeViolations,
  axeViolationsWithoutSiteScripts,
  describeViolations,
  launchBrowser,
  watchContentSecurityPolicy,
} from './browser.ts';
import { demoSiteBuilt } from './demo-build.ts';
import { type StaticServer, serveStatic } from './static-server.ts';

export interface DemoSite {
  /** The site's root URL, base path included, ending in "/". */
  url: string;
  browser: Browser;
  /**
   * Chromium's Content-Security-Policy messages since the test began; any left at the end of a
   * test fails it. A test that provokes one on purpose takes it out (`splice`).
   */
  cspMessages: string[];
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
    site.cspMessages = watchContentSecurityPolicy(site.browser);
  });
  const expectNoCspMessages = () => {
    const messages = site.cspMessages?.splice(0) ?? [];
    expect(messages, `Content-Security-Policy messages:\n${messages.join('\n')}`).toEqual([]);
  };
  afterEach(expectNoCspMessages);
  afterAll(async () => {
    await site.browser?.close();
    await server?.close();
    expectNoCspMessages();
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
