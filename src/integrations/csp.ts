/**
 * Content-Security-Policy (issue 11, point 4). As soon as the pages are written
 * (`astro:build:generated`, before any `astro:build:done` hook reads them: Pagefind, the leak
 * check, the offline manifest), every page gets a `<meta>` policy naming its own inline scripts
 * and styles by hash; at `astro:build:done` the whole site's policy goes into `_headers`.
 * astro.config.mjs lists this after the offline integration, so `_headers`, which hosts read but
 * never serve, is not in the offline manifest.
 *
 * Not Astro's own `security.csp`: it puts the hashes of every inline style of the whole site and
 * of every bundled script (which `'self'` already allows) into every page (1.7 KB on a play page
 * of the demo, against 240 bytes here, 145 gzipped), does not hash `<style is:inline>` and writes
 * no `_headers` for a static site. The cost here is one read and write of every page (about 0.4 s
 * for the demo's 1,288 pages). Only `astro build` is affected: the dev server runs without a
 * policy (Vite injects inline code).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { recordPhase } from '../lib/node/build-timings.ts';
import {
  type AppliedPolicy,
  applyPolicy,
  HEADERS_FILE,
  PagePolicy,
  writeHeadersFile,
} from '../lib/node/csp/apply-policy.ts';

/**
 * `integration` puts the policy into the pages; `pagePolicy` is the build's one `PagePolicy`, for
 * the integrations that write pages of their own (the short links) to put it in as they write.
 */
export function contentSecurityPolicy(): { integration: AstroIntegration; pagePolicy: () => PagePolicy } {
  let base = '/';
  let applied: AppliedPolicy | undefined;
  let policy = new PagePolicy();
  const integration: AstroIntegration = {
    name: 'x-playbook:csp',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:start': () => {
        policy = new PagePolicy();
      },
      'astro:build:generated': async ({ dir, logger }) => {
        const started = performance.now();
        applied = await applyPolicy(fileURLToPath(dir), policy);
        const ms = performance.now() - started;
        recordPhase('content security policy', ms);
        logger.info(
          `policy on ${applied.pages} pages, ${applied.scriptHashes.size} inline script and ` +
            `${applied.styleHashes.size} inline style hash(es) (${Math.round(ms)} ms)`,
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
