/**
 * The Chromium the tests use (@sparticuz/chromium, no download), driven by playwright-core, for
 * the benchmark's page and search measurements and for Lighthouse. The same flags as
 * tests/support/browser.ts: no phoning home, and none of the Lambda-only flags that crash a
 * second context or loosen security.
 */
import chromium from '@sparticuz/chromium';
import { type Browser, chromium as playwright } from 'playwright-core';

/** Path of the Chromium binary (unpacked on first use). */
export function chromiumPath(): Promise<string> {
  return chromium.executablePath();
}

export async function launchBenchBrowser(): Promise<Browser> {
  return playwright.launch({
    executablePath: await chromiumPath(),
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
