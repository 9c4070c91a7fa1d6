import { describe, expect, it } from 'vitest';
import {
  hasPolicyMeta,
  headersFile,
  insertPolicyMeta,
  policyMeta,
  policyText,
  wantsSiteStyles,
} from '../../src/lib/csp/policy.ts';
import { scanInline } from '../../src/lib/csp/scan.ts';

const page = (head: string, body = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>T</title>${head}</head><body>${body}</body></html>`;

describe('scanning a built page for inline code', () => {
  it('finds inline classic and module scripts and every style, but not scripts with a src or data blocks', () => {
    const html = page(
      '<style>a{color:red}</style><script type="module" src="/_astro/page.js"></script>',
      '<script type="module">let a = 1 < 2;</script><script>go()</script>' +
        '<script type="application/ld+json">{"@type":"Thing"}</script><style media="print">p{}</style>',
    );
    const found = scanInline(html);
    expect(found.scripts).toEqual(['let a = 1 < 2;', 'go()']);
    expect(found.styles).toEqual(['a{color:red}', 'p{}']);
    expect(found.firstInlineAt).toBe(html.indexOf('<style>'));
    expect(found.blocked).toEqual([]);
  });

  it('reads a script body up to its closing tag only, markup-like text and all', () => {
    const found = scanInline(
      page('', '<script>if (a<b) x.innerHTML = "<p onclick=go()>";</script><p>after</p>'),
    );
    expect(found.scripts).toEqual(['if (a<b) x.innerHTML = "<p onclick=go()>";']);
    expect(found.blocked).toEqual([]);
  });

  it('takes no tag from a comment or from an attribute value that holds markup', () => {
    const found = scanInline(
      page(
        '<meta name="description" content="Why <style> and <b style=x> matter">',
        '<!-- <script>old()</script> <p style="color:red"> --><p title=\'a > b\'>text style="not an attribute"</p>',
      ),
    );
    expect(found).toEqual({ scripts: [], styles: [], firstInlineAt: -1, blocked: [] });
  });

  it('hashes line breaks as the browser reads them', () => {
    expect(scanInline(page('<style>a{}\r\nb{}\rc{}</style>')).styles).toEqual(['a{}\nb{}\nc{}']);
  });

  it('reports style attributes, inline handlers and javascript: URLs, which no hash allows', () => {
    const found = scanInline(
      page(
        '',
        '<svg><rect style="fill:var(--accent)"/></svg><button onClick="go()">Go</button>' +
          '<a href=" java&#115;cript:alert(1)">x</a><a href="/javascript:/">fine</a>',
      ),
    );
    expect(found.blocked).toEqual([
      { kind: 'style attribute', where: 'rect style="fill:var(--accent)"' },
      { kind: 'event handler', where: 'button onclick="go()"' },
      { kind: 'javascript: URL', where: 'a href="java&#115;cript:alert(1)"' },
    ]);
  });
});

describe('the policy', () => {
  it('allows the site itself, WebAssembly for Pagefind and the inline code by hash, and nothing inline else', () => {
    const text = policyText({ scripts: ["'sha256-b'", "'sha256-a'", "'sha256-b'"], styles: ["'sha256-c'"] });
    expect(text).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'; " +
        "style-src 'self' 'sha256-c'; object-src 'none'; base-uri 'none'; form-action 'self'",
    );
    expect(text).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*/);
  });

  it('adds frame-ancestors only as a header, where browsers read it', () => {
    expect(policyText({ scripts: [], styles: [] })).not.toContain('frame-ancestors');
    expect(policyText({ scripts: [], styles: [] }, { header: true })).toMatch(/; frame-ancestors 'none'$/);
  });

  it('goes first in <head>, after <meta charset>, before any inline style', () => {
    const html = page('<style>a{}</style>');
    const meta = policyMeta(policyText({ scripts: [], styles: [] }));
    const result = insertPolicyMeta(html, meta, html.indexOf('<style>'));
    expect(result).toBe(html.replace('<meta charset="utf-8">', `<meta charset="utf-8">${meta}`));
    expect(hasPolicyMeta(result ?? '')).toBe(true);
    expect(hasPolicyMeta(html)).toBe(false);
  });

  it('cannot go into a page whose first inline code comes before <head>, or without one', () => {
    expect(insertPolicyMeta('<style>a{}</style><head></head>', '<meta>', 0)).toBeNull();
    expect(insertPolicyMeta('<p>no head</p>', '<meta>', -1)).toBeNull();
  });

  it('allows every inline style of the site on a page whose element asks for it (the workshop deck)', () => {
    expect(wantsSiteStyles(page('', '<x-workshop data-base="/" data-csp-site-styles>'))).toBe(true);
    expect(wantsSiteStyles(page('', '<x-workshop data-csp-site-styles="">'))).toBe(true);
    expect(wantsSiteStyles(page('', '<p>data-csp-site-styles is an attribute</p>'))).toBe(false);
  });

  it('is written to _headers for every path under the base path, after the rules of an existing file', () => {
    expect(headersFile('/', 'P')).toMatch(/^# .*\n# .*\n\/\*\n {2}Content-Security-Policy: P\n$/);
    expect(headersFile('/playbook/', 'P')).toContain('\n/playbook/*\n  Content-Security-Policy: P\n');
    expect(headersFile('/playbook', 'P')).toContain('\n/playbook/*\n');
    const merged = headersFile('/', 'P', '/*\n  X-Frame-Options: DENY\n');
    expect(merged.startsWith('/*\n  X-Frame-Options: DENY\n\n# ')).toBe(true);
    expect(merged).toContain('  Content-Security-Policy: P\n');
  });
});
