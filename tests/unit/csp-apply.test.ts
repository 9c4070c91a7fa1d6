import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PlaybookError } from '../../src/lib/errors.ts';
import { applyPolicy, writeHeadersFile } from '../../src/lib/node/csp/apply-policy.ts';
import { scratchDir } from '../support/build.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A built site in a scratch folder: path → HTML. */
function site(pages: Record<string, string>): string {
  const dir = scratchDir('csp');
  dirs.push(dir);
  for (const [file, html] of Object.entries(pages)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), html);
  }
  return dir;
}

const page = (head: string, body = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
/** The hash a browser computes for an inline script or style, worked out here independently. */
const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const policyOf = (dir: string, file: string) =>
  /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(
    fs.readFileSync(path.join(dir, file), 'utf8'),
  )?.[1] ?? '';

describe('the policy put into a built site', () => {
  it("gives each page its own inline code's hashes, and _headers the whole site's", async () => {
    const dir = site({
      'index.html': page('<style>a{}</style>'),
      'chooser/index.html': page('', '<script type="module">go()</script>'),
      '404.html': page('<title>Not found</title>'),
    });
    const applied = await applyPolicy(dir);
    expect(applied.pages).toBe(3);
    expect(policyOf(dir, 'index.html')).toContain(`style-src 'self' ${hash('a{}')};`);
    expect(policyOf(dir, 'index.html')).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(policyOf(dir, 'chooser/index.html')).toContain(
      `script-src 'self' 'wasm-unsafe-eval' ${hash('go()')};`,
    );
    expect(policyOf(dir, '404.html')).toContain("style-src 'self';");
    const header = writeHeadersFile(dir, '/playbook/', applied);
    expect(header).toContain(`'wasm-unsafe-eval' ${hash('go()')};`);
    expect(header).toContain(`style-src 'self' ${hash('a{}')};`);
    expect(header).toMatch(/frame-ancestors 'none'$/);
    expect(fs.readFileSync(path.join(dir, '_headers'), 'utf8')).toContain(
      `/playbook/*\n  Content-Security-Policy: ${header}\n`,
    );
  });

  it('lets the workshop deck, which prints other pages with their styles, allow every inline style', async () => {
    const dir = site({
      'plays/a/index.html': page('<style>.a{}</style>'),
      'workshop/index.html': page('<style>.w{}</style>', '<x-workshop data-csp-site-styles>'),
      'plays/b/index.html': page('<style>.b{}</style>'),
    });
    await applyPolicy(dir);
    const styles = [hash('.a{}'), hash('.b{}'), hash('.w{}')].sort();
    expect(policyOf(dir, 'workshop/index.html')).toContain(`style-src 'self' ${styles.join(' ')};`);
    expect(policyOf(dir, 'plays/a/index.html')).toContain(`style-src 'self' ${hash('.a{}')};`);
  });

  it('fails the build on what the policy would block, naming each once with its pages and the fix', async () => {
    const pages: Record<string, string> = {};
    for (const id of ['a', 'b', 'c', 'd', 'e'])
      pages[`accounts/${id}/index.html`] = page('', '<svg><rect style="fill:red"/></svg>');
    pages['guides/x/index.html'] = page('', '<button onclick="go()">Go</button>');
    const error = await applyPolicy(site(pages)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlaybookError);
    const message = (error as Error).message;
    expect(message).toMatch(/^The built pages do not fit the Content-Security-Policy:/);
    expect(message).toMatch(
      /accounts\/\w\/index.html, accounts\/\w\/index.html, accounts\/\w\/index.html and 2 more page\(s\) has rect style="fill:red"/,
    );
    expect(message).toContain('Fix: give the element a class');
    expect(message).toContain('guides/x/index.html has button onclick="go()"');
    expect(message.match(/style="fill:red"/g)).toHaveLength(1);
  });

  it('keeps the rules of a _headers file copied from public/', async () => {
    const dir = site({ 'index.html': page(''), _headers: '/*\n  X-Content-Type-Options: nosniff\n' });
    writeHeadersFile(dir, '/', await applyPolicy(dir));
    const text = fs.readFileSync(path.join(dir, '_headers'), 'utf8');
    expect(text.startsWith('/*\n  X-Content-Type-Options: nosniff\n\n')).toBe(true);
    expect(text).toContain("\n/*\n  Content-Security-Policy: default-src 'self';");
  });
});
