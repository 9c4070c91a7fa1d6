/**
 * A real headless Chromium (from @sparticuz/chromium, no download) driven by playwright-core,
 * with axe-core run on the pages a test visits: any violation fails the test.
 */
import chromium from '@sparticuz/chromium';
import axe from 'axe-core';
import { type Browser, type Page, chromium as playwright } from 'playwright-core';

export async function launchBrowser(): Promise<Browser> {
  return playwright.launch({
    executablePath: await chromium.executablePath(),
    // The machine has no network beyond loopback: keep Chromium from trying to phone home.
    // --single-process (meant for AWS Lambda) crashes Chromium when a second context opens; the
    // security-loosening flags are dropped so tests see what a reader's browser enforces.
    args: [
      ...chromium.args.filter(
        (arg) => !/^--(single-process|disable-web-security|allow-running-insecure-content)$/.test(arg),
      ),
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    headless: true,
  });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core (WCAG 2.x A and AA rules) on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axe.source });
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
