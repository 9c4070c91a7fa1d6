/**
 * A real headless Chromium (from @sparticuz/chromium, no download) driven by playwright-core,
 * with axe-core run on the pages a test visits: any violation fails the test. Chromium's
 * Content-Security-Policy messages are collected too (`watchContentSecurityPolicy`).
 */
import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBenchBrowser } from '../../src/lib/node/bench/browser.ts';

/** The tests' Chromium: the same launcher as the benchmark's, so the flags live in one place. */
export function launchBrowser(): Promise<Browser> {
  return launchBenchBrowser();
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core (WCAG 2.x A and AA rules) on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, not added as a <script> element: the site's
  // Content-Security-Policy blocks inline scripts the build did not write, as it should.
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/** A readable failure message listing each violation and where it is. */
export function describeViolations(url: string, violations: AxeViolation[]): string {
  return violations
    .map((v) => `${url}: [${v.impact}] ${v.id}: ${v.help}\n    at ${v.nodes.slice(0, 5).join('\n    at ')}`)
    .join('\n');
}

/**
 * axe on a page as a reader without JavaScript sees it. axe itself needs scripts, so the page is
 * opened again with scripts on but the site's own bundles blocked: the DOM stays as served.
 */
export async function axeViolationsWithoutSiteScripts(
  browser: Browser,
  url: string,
): Promise<AxeViolation[]> {
  const context = await browser.newContext();
  try {
    await context.route('**/*.js', (route) => route.abort());
    const page = await context.newPage();
    await page.goto(url);
    return await axeViolations(page);
  } finally {
    await context.close();
  }
}

/** What Chromium logs when a Content-Security-Policy blocks something, or cannot be applied. */
const CSP_MESSAGE = /Content[- ]Security[- ]Policy/i;

/**
 * Collects, from every context the browser opens from now on, each report of the
 * Content-Security-Policy: Chromium's console messages (every block, "… violates the following
 * Content Security Policy directive …", and every directive it ignores) and the page's
 * `securitypolicyviolation` events (which also report a block the page's code caught, such as a
 * refused `eval`). The returned list fills as reports arrive; callers fail a test on any entry.
 */
export function watchContentSecurityPolicy(browser: Browser): string[] {
  const messages: string[] = [];
  const watch = (context: BrowserContext) => {
    context.on('console', (message) => {
      const text = message.text();
      if (CSP_MESSAGE.test(text)) messages.push(`${message.page()?.url() ?? 'a worker'}: ${text}`);
    });
    void context
      .exposeBinding('__reportCspViolation', ({ page }, violation: string) => {
        messages.push(`${page?.url() ?? 'a page'}: securitypolicyviolation ${violation}`);
      })
      .then(() =>
        context.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (event) => {
            const report = (window as unknown as { __reportCspViolation: (v: string) => void })
              .__reportCspViolation;
            report(
              `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.disposition})`,
            );
          });
        }),
      )
      .catch(() => {
        // The context was closed before the watch was set up.
      });
  };
  for (const context of browser.contexts()) watch(context);
  browser.on('context', watch);
  return messages;
}
