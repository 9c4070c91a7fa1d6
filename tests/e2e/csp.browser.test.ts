/**
 * The Content-Security-Policy (issue 11, point 4) on the built demo site. Every page carries the
 * policy in a <meta> tag allowing exactly its own inline code by hash, and `_headers` carries the
 * whole site's; the policy blocks what the build did not write, with the <meta> alone; and one
 * page of every template, with what a reader does there (search, chooser, deck, presenter,
 * copy, QR code, charts, short links, 404, offline worker), works under it. Like every browser
 * test (tests/support/demo-site.ts), any Content-Security-Policy message fails the test.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ELEMENT_NODE, type Node, parse, TEXT_NODE, walkSync } from 'ultrahtml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoSiteBuilt } from '../support/demo-build.ts';
import { useDemoSite } from '../support/demo-site.ts';
import { serveStatic } from '../support/static-server.ts';

const site = useDemoSite();
let outDir: string;
let base: string;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  ({ outDir, base } = await demoSiteBuilt());
  context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  page = await context.newPage();
});
afterAll(() => context?.close());

function htmlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'));
}

/** The sources a policy gives a directive: `script-src 'self' 'sha256-…'` → ['\'self\'', …]. */
function sourcesOf(policy: string, directive: string): string[] {
  const entry = policy.split(';').find((d) => d.trim().split(/\s+/)[0] === directive);
  return entry ? entry.trim().split(/\s+/).slice(1) : [];
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const RUNS = /^(|module|text\/javascript)$/;

/** A page read with ultrahtml (not the build's own scanner): its policy <meta>s and its inline code, hashed. */
function readPage(html: string) {
  const metas: { content: string; first: boolean }[] = [];
  const scripts: string[] = [];
  const styles: string[] = [];
  let inlineSeen = false;
  const text = (node: Node) =>
    (node.children ?? []).map((c: Node) => (c.type === TEXT_NODE ? c.value : '')).join('');
  walkSync(parse(html), (node: Node) => {
    if (node.type !== ELEMENT_NODE) return;
    const attributes = node.attributes as Record<string, string>;
    if (node.name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'content-security-policy')
      metas.push({ content: attributes.content ?? '', first: !inlineSeen && node.parent?.name === 'head' });
    if (node.name === 'style') {
      inlineSeen = true;
      styles.push(sha256(text(node)));
    }
    if (node.name === 'script' && !attributes.src && RUNS.test(attributes.type ?? '')) {
      inlineSeen = true;
      scripts.push(sha256(text(node)));
    }
  });
  return { metas, scripts, styles };
}

describe('the built site', () => {
  it('puts the policy first in the head of every page, allowing exactly its own inline code by hash', () => {
    const files = htmlFiles(outDir);
    expect(files.length).toBeGreaterThan(1000);
    const pages = files.map((file) => ({
      file,
      ...readPage(fs.readFileSync(path.join(outDir, file), 'utf8')),
    }));
    // The workshop deck prints other pages with their styles: it allows every page's.
    const allStyles = [...new Set(pages.flatMap((p) => p.styles))];
    const wrong: string[] = [];
    for (const { file, metas, scripts, styles: own } of pages) {
      const styles = file === 'workshop/index.html' ? allStyles : own;
      const policy = metas[0]?.content ?? '';
      const hashes = (directive: string) =>
        sourcesOf(policy, directive).filter((s) => s.startsWith("'sha256-"));
      if (metas.length !== 1 || !metas[0]?.first)
        wrong.push(`${file}: ${metas.length} policy meta(s), first: ${metas[0]?.first}`);
      else if (
        JSON.stringify(hashes('script-src')) !== JSON.stringify([...new Set(scripts)].sort()) ||
        JSON.stringify(hashes('style-src')) !== JSON.stringify([...new Set(styles)].sort())
      )
        wrong.push(`${file}: hashes differ from its inline code`);
      if (wrong.length > 5) break;
    }
    expect(wrong).toEqual([]);
    // The chooser's steps have an inline script, every content page an inline style.
    const chooser = readPage(fs.readFileSync(path.join(outDir, 'chooser/index.html'), 'utf8'));
    expect(chooser.scripts.length).toBeGreaterThan(0);
  });

  it('allows only the site itself, plus WebAssembly for Pagefind, and nothing inline but by hash', () => {
    const { metas } = readPage(fs.readFileSync(path.join(outDir, 'plays/business-bio/index.html'), 'utf8'));
    const policy = metas[0]?.content ?? '';
    expect(sourcesOf(policy, 'default-src')).toEqual(["'self'"]);
    expect(sourcesOf(policy, 'script-src').filter((s) => !s.startsWith("'sha256-"))).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
    ]);
    expect(sourcesOf(policy, 'style-src').filter((s) => !s.startsWith("'sha256-"))).toEqual(["'self'"]);
    // Workers (the offline service worker, Pagefind's) follow script-src: the site's own only.
    expect(sourcesOf(policy, 'worker-src')).toEqual([]);
    expect(sourcesOf(policy, 'object-src')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*|https?:|data:/);
    // Browsers ignore frame-ancestors in a <meta> (and say so): it is in _headers only.
    expect(policy).not.toContain('frame-ancestors');
  });

  it("gives _headers the whole site's policy for every path under the base, and the host sends it", async () => {
    const headers = fs.readFileSync(path.join(outDir, '_headers'), 'utf8');
    const rule = headers.match(/^(\/\S*)\n {2}Content-Security-Policy: (.+)$/m);
    expect(rule?.[1]).toBe(`${base}*`);
    const policy = rule?.[2] ?? '';
    expect(sourcesOf(policy, 'frame-ancestors')).toEqual(["'none'"]);
    const all = { scripts: new Set<string>(), styles: new Set<string>() };
    for (const file of htmlFiles(outDir)) {
      const { scripts, styles } = readPage(fs.readFileSync(path.join(outDir, file), 'utf8'));
      for (const s of scripts) all.scripts.add(s);
      for (const s of styles) all.styles.add(s);
    }
    expect(sourcesOf(policy, 'script-src').filter((s) => s.startsWith("'sha256-"))).toEqual(
      [...all.scripts].sort(),
    );
    expect(sourcesOf(policy, 'style-src').filter((s) => s.startsWith("'sha256-"))).toEqual(
      [...all.styles].sort(),
    );
    const response = await fetch(`${site.url}plays/business-bio/`);
    expect(response.headers.get('content-security-policy')).toBe(policy);
    // Hosts read _headers but never serve it, so the offline worker must not precache it.
    const manifest = fs.readFileSync(path.join(outDir, 'offline-manifest.json'), 'utf8');
    expect(manifest).not.toContain('_headers');
  });
});

describe('in the browser', () => {
  it('blocks an inline script, a style attribute and eval that the build did not write, with the <meta> alone', async () => {
    // A host that ignores _headers: only the page's own <meta> protects it.
    const bare = await serveStatic(outDir, base, { headersFile: false });
    const other = await site.browser.newPage();
    try {
      const response = await other.goto(`${bare.url}plays/business-bio/`);
      expect(response?.headers()['content-security-policy']).toBeUndefined();
      // Run from a timer, outside the test's own evaluation, which DevTools exempts from the policy.
      const outcome = await other.evaluate(
        () =>
          new Promise((resolve) =>
            setTimeout(() => {
              const script = document.createElement('script');
              script.textContent = 'window.injected = true;';
              document.head.append(script);
              const heading = document.querySelector('h1') as HTMLElement;
              heading.setAttribute('style', 'color: rgb(255, 0, 0)');
              let evaluated = true;
              try {
                // biome-ignore lint/security/noGlobalEval: what the policy must refuse
                eval('1');
              } catch {
                evaluated = false;
              }
              resolve({
                injected: (window as unknown as { injected?: boolean }).injected ?? false,
                red: getComputedStyle(heading).color === 'rgb(255, 0, 0)',
                evaluated,
              });
            }),
          ),
      );
      expect(outcome).toEqual({ injected: false, red: false, evaluated: false });
      // And the browser tests' watch saw each block (taken out here, as they were provoked).
      const seen = () => site.cspMessages.join('\n');
      await expect.poll(seen).toMatch(/Executing inline script violates/);
      await expect.poll(seen).toMatch(/Applying inline style violates/);
      await expect.poll(seen).toMatch(/securitypolicyviolation script-src(-elem)? blocked inline/);
      await expect.poll(seen).toMatch(/securitypolicyviolation script-src blocked eval/);
      await expect.poll(seen).toMatch(/securitypolicyviolation style-src(-attr)? blocked inline/);
      site.cspMessages.splice(0);
    } finally {
      await other.close();
      await bare.close();
    }
  });

  it('colours the account charts through their classes, light and dark', async () => {
    await page.goto(`${site.url}accounts/jade-falcon-bb6a/`);
    const accentFill = () =>
      page
        .locator('svg.account-chart .fill-accent')
        .first()
        .evaluate((el) => getComputedStyle(el).fill);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await accentFill()).toBe('rgb(11, 92, 173)');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await accentFill()).toBe('rgb(124, 184, 255)');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  /** One page of every template, and what a reader does there: no policy message may appear. */
  const TEMPLATES: [string, ((p: Page) => Promise<void>)?][] = [
    [
      '',
      async (p) => {
        // The offline service worker registers and activates: workers from 'self' (script-src).
        const active = await p.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active !== null));
        expect(active).toBe(true);
      },
    ],
    ['strategies/'],
    ['strategies/compare/'],
    ['strategies/hybrid/'],
    ['business-types/'],
    [
      'business-types/local-trades/',
      async (p) => {
        await p
          .getByRole('button', { name: /^Copy the link to / })
          .first()
          .click();
        await expect.poll(() => p.locator('[data-copy-status]').textContent()).toBe('Link copied');
        // The QR code: an image of the site's own, shown on demand.
        await p.getByRole('link', { name: 'Show QR code' }).first().click();
        await expect
          .poll(() => p.locator('#qr-code img').evaluate((img: HTMLImageElement) => img.naturalWidth))
          .toBeGreaterThan(0);
      },
    ],
    [
      'plays/',
      async (p) => {
        // The filter's generated CSS is an inline <style is:inline>, allowed by its hash.
        await p.locator('.filter-nav a[data-filter="conversational"]').click();
        await expect.poll(() => p.locator('[data-filter-note="conversational"]').isVisible()).toBe(true);
      },
    ],
    ['plays/business-bio/'],
    ['plays/chasing-follower-counts/'],
    ['guides/'],
    ['guides/how-to-use/'],
    ['sources/'],
    ['sources/people-over-links/'],
    ['accounts/'],
    ['accounts/jade-falcon-bb6a/'],
    [
      'search/?q=plumber',
      async (p) => {
        // Pagefind: its script, its worker and its WebAssembly ('wasm-unsafe-eval').
        await expect
          .poll(() => p.locator('x-search .search-result a').count(), { timeout: 15_000 })
          .toBeGreaterThan(0);
      },
    ],
    [
      'guides/how-to-use/',
      async (p) => {
        // The search dialog from the header, loaded on first use.
        await p.keyboard.press('/');
        await p.keyboard.type('bio');
        await expect
          .poll(() => p.locator('dialog .search-result a').count(), { timeout: 15_000 })
          .toBeGreaterThan(0);
      },
    ],
    [
      'chooser/',
      async (p) => {
        // The chooser's inline script fetches the prerendered result and swaps it in.
        const fieldsets = p.locator('[data-chooser-full] fieldset');
        for (let i = 0; i < (await fieldsets.count()); i++)
          await fieldsets.nth(i).locator('input').first().check();
        await expect.poll(() => p.locator('#result-heading').textContent()).toMatch(/Recommended:/);
      },
    ],
    ['chooser/days-or-weeks/relationship/sometimes/few/no-leader/a-few-hours/'],
    [
      'workshop/?plays=business-bio,chasing-follower-counts&types=local-trades',
      async (p) => {
        // The deck brings the cards' pages' inline styles, which its policy allows.
        await p.waitForSelector('[data-lists] input');
        const styles = () => p.locator('head style').count();
        const before = await styles();
        await p.evaluate(() => {
          window.print = () => {};
        });
        await p.getByRole('button', { name: 'Print the deck' }).click();
        await p.waitForSelector('[data-deck] .deck-card:nth-child(3)', { state: 'attached' });
        expect(await styles()).toBeGreaterThan(before);
      },
    ],
    [
      'present/play/daily-three-conversations/',
      async (p) => {
        await p.keyboard.press('ArrowRight');
        await expect.poll(() => new URL(p.url()).hash).toBe('#slide-2');
      },
    ],
    [
      'p/business-bio/',
      async (p) => {
        // A short link: a <meta http-equiv="refresh"> to its page, allowed by any policy.
        await p.waitForURL(/\/plays\/business-bio\/$/);
      },
    ],
    ['no-such-page/'],
  ];

  it.each(TEMPLATES)('/%s works with no policy message', async (address, act) => {
    await page.goto(`${site.url}${address}`);
    await page.waitForLoadState('load');
    if (act) await act(page);
    // Messages arrive asynchronously: let those of the last action land before the check.
    await page.waitForTimeout(200);
  });
});
