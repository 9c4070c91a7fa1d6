/**
 * Every page's permanent short link (`/p/<id>/`), written as soon as Astro has written the pages
 * (`astro:build:generated`), so the policy, the share files, the link check and the offline
 * manifest treat them as any page. Written here rather than rendered by a route: see
 * src/lib/playbook/redirect-page.ts. The dev server answers them from the same list (as read
 * when it started: restart it after renaming a page's permalink).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Playbook } from '../lib/content/playbook.ts';
import { playbookPages } from '../lib/content/playbook.ts';
import { recordPhase } from '../lib/node/build-timings.ts';
import type { PagePolicy } from '../lib/node/csp/apply-policy.ts';
import { writeShortLinks } from '../lib/node/short-links/write-short-links.ts';
import { redirectPageHtml } from '../lib/playbook/redirect-page.ts';
import { type PermanentLink, permanentLinks } from '../lib/playbook/site-index.ts';

export function shortLinks({
  playbook,
  name,
  lang,
  pagePolicy,
}: {
  /** The playbook the integrity check read (src/integrations/integrity.ts). */
  playbook: () => Playbook;
  name: string;
  lang: string;
  /** The build's Content-Security-Policy (src/integrations/csp.ts): each page is written with it. */
  pagePolicy: () => PagePolicy;
}): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'x-playbook:short-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ?? 'https://example.invalid';
      },
      'astro:server:setup': ({ server }) => {
        let byId: Map<string, PermanentLink> | undefined;
        server.middlewares.use((request, response, next) => {
          const prefix = `${base.replace(/\/$/, '')}/p/`;
          const url = request.url?.split('?')[0] ?? '';
          if (!url.startsWith(prefix)) return next();
          byId ??= new Map(
            permanentLinks(playbook().sources, playbookPages(playbook())).map((l) => [l.from, l]),
          );
          const link = byId.get(
            decodeURIComponent(url.slice(prefix.length).replace(/\/(index\.html)?$/, '')),
          );
          if (!link) return next();
          response.setHeader('content-type', 'text/html; charset=utf-8');
          response.end(
            redirectPageHtml(
              { to: link.to, title: link.title, reason: 'short-link' },
              { name, lang, site, base },
            ),
          );
        });
      },
      'astro:build:generated': async ({ dir, logger }) => {
        const started = performance.now();
        const { sources } = playbook();
        const links = permanentLinks(sources, playbookPages(playbook()));
        const written = await writeShortLinks(
          fileURLToPath(dir),
          links,
          { name, lang, site, base },
          pagePolicy(),
        );
        const ms = performance.now() - started;
        recordPhase('short links', ms);
        logger.info(`${written} short links written in ${Math.round(ms)} ms`);
      },
    },
  };
}
