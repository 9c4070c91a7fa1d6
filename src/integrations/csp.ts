/**
 * Content-Security-Policy (issue 11, point 4). Every page gets a `<meta>` policy naming its own
 * inline scripts and styles by hash, as it is rendered: a middleware this integration adds to
 * builds (src/integrations/csp-middleware.ts) hands each HTML page to the build's one
 * `PagePolicy` before Astro writes it. As soon as the pages are written (`astro:build:generated`,
 * before any `astro:build:done` hook reads them: Pagefind, the leak check, the offline manifest),
 * the pass reads back only the pages the render did not cover: a page that allows every inline
 * style of the site (the workshop deck) once all of them are known, and HTML the render did not
 * make (copied from public/). At `astro:build:done` the whole site's policy goes into `_headers`.
 * astro.config.mjs lists this after the offline integration, so `_headers`, which hosts read but
 * never serve, is not in the offline manifest.
 *
 * Not Astro's own `security.csp`: it puts the hashes of every inline style of the whole site and
 * of every bundled script (which `'self'` already allows) into every page (1.7 KB on a play page
 * of the demo, against 240 bytes here, 145 gzipped), does not hash `<style is:inline>` and writes
 * no `_headers` for a static site. Put in at render, the policy costs no read or write of its
 * own: as a pass over the written pages it read and wrote 140 MB again for the 5,000-page
 * comparison text, beside Pagefind. Only `astro build` is affected: the dev server runs without
 * a policy (Vite injects inline code).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderedPageFile, wantsSiteStyles } from '../lib/csp/policy.ts';
import { recordPhase } from '../lib/node/build-timings.ts';
import {
  type AppliedPolicy,
  applyPolicy,
  HEADERS_FILE,
  PagePolicy,
  writeHeadersFile,
} from '../lib/node/csp/apply-policy.ts';
import { setRenderPolicy } from '../lib/node/csp/render-policy.ts';

/**
 * `integration` puts the policy into the pages; `pagePolicy` is the build's one `PagePolicy`, for
 * the integrations that write pages of their own (the short links) to put it in as they write.
 */
export function contentSecurityPolicy(): { integration: AstroIntegration; pagePolicy: () => PagePolicy } {
  let base = '/';
  let outDir = '';
  let applied: AppliedPolicy | undefined;
  let policy = new PagePolicy();
  const integration: AstroIntegration = {
    name: 'x-playbook:csp',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build')
          addMiddleware({
            entrypoint: new URL('./csp-middleware.ts', import.meta.url),
            order: 'pre',
          });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        policy = new PagePolicy();
        const current = policy;
        setRenderPolicy((html, urlPathname) => {
          // Left to the pass: it needs every other page's styles first.
          if (wantsSiteStyles(html)) return html;
          const page = renderedPageFile(urlPathname, base);
          // A page that cannot have a policy is written as it is: the pass reports the problem.
          const withPolicy = current.put(html, page);
          current.cover(path.join(outDir, page));
          return withPolicy ?? html;
        });
      },
      'astro:build:generated': async ({ dir, logger }) => {
        setRenderPolicy(undefined);
        const started = performance.now();
        const rendered = policy.covered.size;
        applied = await applyPolicy(fileURLToPath(dir), policy);
        const ms = performance.now() - started;
        recordPhase('content security policy', ms);
        logger.info(
          `policy on ${applied.pages} pages (${applied.pages - rendered} of them read back), ` +
            `${applied.scriptHashes.size} inline script and ${applied.styleHashes.size} inline style hash(es) (${Math.round(ms)} ms)`,
        );
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!applied) return;
        writeHeadersFile(fileURLToPath(dir), base, applied);
        logger.info(`${HEADERS_FILE} written for hosts that read it`);
      },
    },
  };
  return { integration, pagePolicy: () => policy };
}
