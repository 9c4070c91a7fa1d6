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
    args: [...chromium.args, '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
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
    return result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** A readable failure message listing each violation and where it is. */
export function describeViolations(url: string, violations: AxeViolation[]): string {
  return violations.map((v) => `${url}: [${v.impact}] ${v.id}: ${v.help}\n    at ${v.nodes.slice(0, 5).join('\n    at ')}`).join('\n');
}
