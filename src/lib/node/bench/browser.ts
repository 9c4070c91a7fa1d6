/**
 * Chromium from @sparticuz/chromium (no download), driven by playwright-core: the benchmark's
 * page and search measurements, Lighthouse, and every browser test (tests/support/browser.ts).
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
    // The machine has no network beyond loopback: keep Chromium from trying to phone home.
    // --single-process (meant for AWS Lambda) crashes Chromium when a second context opens; the
    // security-loosening flags are dropped so pages see what a reader's browser enforces.
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
