/**
 * The site's Content-Security-Policy: what it allows, as a `<meta>` tag on every page and as a
 * header in `_headers` for hosts that read one. Pure; the build applies it
 * (src/integrations/csp.ts), README "Content-Security-Policy" explains it to deployers.
 *
 * Only the site's own files, and nothing inline but what the build wrote (by hash):
 * - scripts from the site itself, plus `'wasm-unsafe-eval'`, which Pagefind's search needs to
 *   compile its WebAssembly (and nothing else: no `eval`, no `'unsafe-inline'`);
 * - styles from the site itself, plus the page's inline `<style>` blocks by hash (a page that shows
 *   other pages, the workshop deck, every page's); no `style="…"` attributes (the account charts
 *   colour their SVG with classes instead);
 * - workers from the site itself (the offline service worker, Pagefind's search worker): with no
 *   `worker-src`, workers follow `script-src`, so `'self'` and nothing else (the same for
 *   `img-src`, `font-src`, `connect-src`… through `default-src`: every byte of the tag is sent
 *   with every page, so nothing is spelt out that a fallback already says);
 * - images, fonts, fetches (the chooser, the workshop deck, search) from the site itself;
 * - no plugins, no `<base>`, forms posting only to the site.
 * `frame-ancestors` (no framing by other sites) works only as a header, so only `_headers` has it.
 */

/** Directives every page gets, in order. */
export const POLICY_DIRECTIVES: readonly (readonly [string, readonly string[]])[] = [
  ['default-src', ["'self'"]],
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['style-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'self'"]],
];

/** Directives a `<meta>` policy cannot carry: the header adds them. */
export const HEADER_ONLY_DIRECTIVES: readonly (readonly [string, readonly string[]])[] = [
  ['frame-ancestors', ["'none'"]],
];

/**
 * The attribute a page's element carries when its script shows other pages of the site, whose
 * inline styles come along (the workshop deck prints the ticked pages' handouts, with their
 * styles): that page's policy allows every inline style of the site, not only its own.
 */
export const SITE_STYLES_ATTRIBUTE = 'data-csp-site-styles';

/** Whether a page asks for every inline style of the site (see SITE_STYLES_ATTRIBUTE). */
export function wantsSiteStyles(html: string): boolean {
  if (!html.includes(SITE_STYLES_ATTRIBUTE)) return false;
  return new RegExp(`<[a-z][^>]*\\s${SITE_STYLES_ATTRIBUTE}[\\s=>]`, 'i').test(html);
}

/** Hashes of the inline scripts and styles a policy allows, as CSP sources (`'sha256-…'`). */
export interface InlineHashes {
  scripts: Iterable<string>;
  styles: Iterable<string>;
}

/** A CSP hash source from a base64 SHA-256 digest. */
export function hashSource(base64Digest: string): string {
  return `'sha256-${base64Digest}'`;
}

/** The policy text: the directives, with the hashes (sorted, once each) after `script-src` and `style-src`. */
export function policyText(hashes: InlineHashes, { header = false } = {}): string {
  const extra: Record<string, string[]> = {
    'script-src': [...new Set(hashes.scripts)].sort(),
    'style-src': [...new Set(hashes.styles)].sort(),
  };
  return [...POLICY_DIRECTIVES, ...(header ? HEADER_ONLY_DIRECTIVES : [])]
    .map(([name, sources]) => [name, ...sources, ...(extra[name] ?? [])].join(' '))
    .join('; ');
}

/** The `<meta>` element carrying a policy (its text has no characters to escape: see `policyText`). */
export function policyMeta(policy: string): string {
  return `<meta http-equiv="content-security-policy" content="${policy.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}">`;
}

/** Whether a page already carries a policy in a `<meta>` tag in its head (the build adds one only once). */
export function hasPolicyMeta(html: string): boolean {
  const headEnd = html.indexOf('</head>');
  const head = headEnd < 0 ? html : html.slice(0, headEnd);
  return /<meta[^>]+http-equiv=["']?content-security-policy/i.test(head);
}

/**
 * Where the policy's `<meta>` goes: first in `<head>`, after `<meta charset>` when that comes
 * first. A policy applies only to what follows it, so it must precede every inline script and
 * style. -1 when the page has no `<head>` before its first inline script or style.
 */
export function policyMetaOffset(html: string, firstInlineAt: number): number {
  const head = /<head(?:\s[^>]*)?>/i.exec(html);
  if (!head) return -1;
  let at = head.index + head[0].length;
  const charset = /^\s*<meta\s+charset=[^>]*>/i.exec(html.slice(at, at + 200));
  if (charset) at += charset[0].length;
  return firstInlineAt >= 0 && at > firstInlineAt ? -1 : at;
}

/** The page with the policy's `<meta>` put in (see `policyMetaOffset`), or null where it cannot go. */
export function insertPolicyMeta(html: string, meta: string, firstInlineAt: number): string | null {
  const at = policyMetaOffset(html, firstInlineAt);
  return at < 0 ? null : `${html.slice(0, at)}${meta}${html.slice(at)}`;
}

/**
 * `_headers` in the format Netlify and Cloudflare Pages read: the policy for every path under the
 * site's base. An existing file (one copied from `public/`) keeps its rules, ours follow.
 */
export function headersFile(base: string, policy: string, existing = ''): string {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const ours = [
    '# Content-Security-Policy of every page, written by the build (src/integrations/csp.ts).',
    '# Each page also carries it in a <meta> tag; frame-ancestors works only here, as a header.',
    `${prefix}*`,
    `  Content-Security-Policy: ${policy}`,
    '',
  ].join('\n');
  return existing.trim() === '' ? ours : `${existing.replace(/\s*$/, '\n\n')}${ours}`;
}
